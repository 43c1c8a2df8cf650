namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>Where a check stands (docs/domain.md "Checks of official duties": planned → started → findings → explained → concluded → closed).</summary>
internal static class InspectionStatus
{
    public const string Planned = "planned";
    public const string Started = "started";
    public const string FindingsRecorded = "findingsRecorded";
    public const string Explained = "explained";
    public const string Concluded = "concluded";
    public const string Closed = "closed";

    public static string Label(string status) => status switch
    {
        Planned => "Đã quyết định, chưa tiến hành",
        Started => "Đoàn đã đến làm việc",
        FindingsRecorded => "Đã lập biên bản",
        Explained => "Đơn vị đã giải trình",
        Concluded => "Đã kết luận, đang khắc phục",
        Closed => "Đã hoàn thành",
        _ => status,
    };
}

/// <summary>The verification of a remedy by the follow-up check.</summary>
internal static class RemedyVerification
{
    public const string Pending = "pending";
    public const string Verified = "verified";
    public const string NotVerified = "notVerified";
}

/// <summary>
/// A check of official duties by the managing body (docs/domain.md "Checks of official duties"). State changes only through the
/// lifecycle methods, each refusing a step out of order with a stable code (409).
/// </summary>
internal sealed class Inspection
{
    private readonly List<InspectionCheckedUnit> _checkedUnits = [];
    private readonly List<InspectionTeamMember> _team = [];
    private readonly List<InspectionTopic> _topics = [];
    private readonly List<InspectionFinding> _findings = [];
    private readonly List<InspectionExplanation> _explanations = [];
    private readonly List<InspectionRemedy> _remedies = [];

    private Inspection()
    {
    }

    public Inspection(Guid id, string title, Guid orderingUnitId, bool surprise, DateOnly plannedStart, Guid? createdByUserId, DateTime nowUtc,
        IReadOnlyList<Guid> checkedUnitIds, IReadOnlyList<Guid> teamUserIds, IReadOnlyList<string> topics)
    {
        Id = id;
        Title = title;
        OrderingUnitId = orderingUnitId;
        Surprise = surprise;
        PlannedStart = plannedStart;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = nowUtc;
        Status = InspectionStatus.Planned;
        _checkedUnits.AddRange(checkedUnitIds.Select(u => new InspectionCheckedUnit { Id = Guid.CreateVersion7(), InspectionId = id, UnitId = u }));
        _team.AddRange(teamUserIds.Select(u => new InspectionTeamMember { Id = Guid.CreateVersion7(), InspectionId = id, UserId = u }));
        _topics.AddRange(topics.Select((t, i) => new InspectionTopic { Id = Guid.CreateVersion7(), InspectionId = id, Position = i, Text = t }));
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The managing body that decides the check: strictly above every checked unit.</summary>
    public Guid OrderingUnitId { get; private set; }

    public bool Surprise { get; private set; }

    public DateOnly PlannedStart { get; private set; }

    public string Status { get; private set; } = InspectionStatus.Planned;

    public Guid? CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the team arrived: from then on a surprise check is visible to the checked units.</summary>
    public DateTime? StartedAtUtc { get; private set; }

    public Guid? StartedByUserId { get; private set; }

    public string? Conclusion { get; private set; }

    public DateTime? ConcludedAtUtc { get; private set; }

    public Guid? ConcludedByUserId { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>The line of the body's yearly plan this check was decided from (docs/domain.md "Checks of official duties: plans and evidence").</summary>
    public Guid? PlanLineId { get; private set; }

    /// <summary>The head of the team (trưởng đoàn) named in the decision; null for checks decided before it was recorded.</summary>
    public Guid? TeamLeaderUserId { get; private set; }

    public IReadOnlyList<InspectionCheckedUnit> CheckedUnits => _checkedUnits;

    public IReadOnlyList<InspectionTeamMember> Team => _team;

    public IReadOnlyList<InspectionTopic> Topics => _topics;

    public IReadOnlyList<InspectionFinding> Findings => _findings;

    public IReadOnlyList<InspectionExplanation> Explanations => _explanations;

    public IReadOnlyList<InspectionRemedy> Remedies => _remedies;

    /// <summary>A surprise check not yet started is secret from the checked units.</summary>
    public bool IsSecret => Surprise && StartedAtUtc is null;

    public bool Checks(Guid unitId) => _checkedUnits.Any(c => c.UnitId == unitId);

    public bool HasOnTeam(Guid? userId) => userId is { } u && _team.Any(t => t.UserId == u);

    /// <summary>The 422 code when the named head is not one of the members.</summary>
    public const string TeamLeaderNotOnTeam = "inspection.teamLeaderNotOnTeam";

    /// <summary>Names the head of the team: one of its members.</summary>
    public void LedBy(Guid userId)
    {
        if (!HasOnTeam(userId))
        {
            // docs/domain.md "Checks of official duties": the head of the team (trưởng đoàn) is named among the members the decision forms.
            throw RequestValidationException.Unprocessable(TeamLeaderNotOnTeam, "teamLeaderUserId",
                "Trưởng đoàn phải là một trong các thành viên đoàn kiểm tra đã chọn. / The team leader must be one of the chosen team members.");
        }

        TeamLeaderUserId = userId;
    }

    /// <summary>Links the check to the plan line it carries out.</summary>
    public void CarriesOut(InspectionPlanLine line) => PlanLineId = line.Id;

    /// <summary>The team arrives (for a surprise check: the first moment the checked unit learns of it).</summary>
    public void Start(Guid? userId, DateTime nowUtc)
    {
        if (Status != InspectionStatus.Planned)
        {
            throw new DomainException("inspection.alreadyStarted", "Cuộc kiểm tra đã được tiến hành. / The check has already started.");
        }

        Status = InspectionStatus.Started;
        StartedAtUtc = nowUtc;
        StartedByUserId = userId;
    }

    /// <summary>One line of the working record (biên bản): a finding about one checked unit.</summary>
    public InspectionFinding RecordFinding(Guid unitId, string? topic, string text, Guid? userId, DateTime nowUtc, Guid? personUserId = null)
    {
        if (Status is not (InspectionStatus.Started or InspectionStatus.FindingsRecorded or InspectionStatus.Explained))
        {
            throw new DomainException("inspection.notInProgress",
                "Chỉ ghi nhận kết quả kiểm tra sau khi đoàn đến làm việc và trước khi kết luận. / Findings are recorded after the team arrives and before the conclusion.");
        }

        EnsureChecked(unitId);
        var f = new InspectionFinding
        {
            Id = Guid.CreateVersion7(), InspectionId = Id, UnitId = unitId, Topic = topic, Text = text, RecordedAtUtc = nowUtc, RecordedByUserId = userId,
            PersonUserId = personUserId,
        };
        _findings.Add(f);
        if (Status == InspectionStatus.Started)
        {
            Status = InspectionStatus.FindingsRecorded;
        }

        return f;
    }

    /// <summary>The checked unit's explanation of the findings (its right; one per unit).</summary>
    public InspectionExplanation Explain(Guid unitId, string text, Guid? userId, DateTime nowUtc)
    {
        if (Status is not (InspectionStatus.FindingsRecorded or InspectionStatus.Explained))
        {
            throw new DomainException("inspection.noFindings", "Chỉ giải trình sau khi có biên bản kiểm tra và trước khi kết luận. / An explanation follows the findings and precedes the conclusion.");
        }

        EnsureChecked(unitId);
        if (_explanations.Any(e => e.UnitId == unitId))
        {
            throw new DomainException("inspection.alreadyExplained", "Đơn vị đã gửi giải trình. / This unit has already explained.");
        }

        var e = new InspectionExplanation { Id = Guid.CreateVersion7(), InspectionId = Id, UnitId = unitId, Text = text, AtUtc = nowUtc, ByUserId = userId };
        _explanations.Add(e);
        Status = InspectionStatus.Explained;
        return e;
    }

    /// <summary>The conclusion with its required remedies; without remedies the check is closed at once.</summary>
    public void Conclude(string text, IReadOnlyList<InspectionRemedy> remedies, Guid? userId, DateTime nowUtc, DateOnly today)
    {
        if (Status is InspectionStatus.Concluded or InspectionStatus.Closed)
        {
            throw new DomainException("inspection.alreadyConcluded", "Cuộc kiểm tra đã có kết luận. / The check is already concluded.");
        }

        if (Status is not (InspectionStatus.FindingsRecorded or InspectionStatus.Explained))
        {
            throw new DomainException("inspection.noFindings", "Cần có biên bản kiểm tra trước khi kết luận. / Findings must be recorded before the conclusion.");
        }

        foreach (var r in remedies)
        {
            EnsureChecked(r.UnitId);
            r.InspectionId = Id;
            _remedies.Add(r);
        }

        Conclusion = text;
        ConcludedAtUtc = nowUtc;
        ConcludedByUserId = userId;
        ConcludedOn = today;
        Status = remedies.Count == 0 ? InspectionStatus.Closed : InspectionStatus.Concluded;
        ClosedAtUtc = remedies.Count == 0 ? nowUtc : null;
    }

    /// <summary>The follow-up check's verdict on one remedy; when every remedy is verified the check is closed.</summary>
    public void Verify(Guid remedyId, bool verified, string? note, Guid? userId, DateTime nowUtc)
    {
        if (Status != InspectionStatus.Concluded)
        {
            throw new DomainException("inspection.notConcluded", "Chỉ kiểm tra việc khắc phục sau khi có kết luận. / Remedies are verified after the conclusion.");
        }

        var r = _remedies.FirstOrDefault(x => x.Id == remedyId)
            ?? throw RequestValidationException.For("remedies", "Yêu cầu khắc phục không thuộc cuộc kiểm tra này. / The remedy is not part of this check.");
        r.Verification = verified ? RemedyVerification.Verified : RemedyVerification.NotVerified;
        r.VerificationNote = note;
        r.VerifiedAtUtc = nowUtc;
        r.VerifiedByUserId = userId;
        if (_remedies.All(x => x.Verification == RemedyVerification.Verified))
        {
            Status = InspectionStatus.Closed;
            ClosedAtUtc = nowUtc;
        }
    }

    private void EnsureChecked(Guid unitId)
    {
        if (!Checks(unitId))
        {
            throw RequestValidationException.For("unitId", "Đơn vị không thuộc đối tượng kiểm tra. / The unit is not one of the checked units.");
        }
    }
}

internal sealed class InspectionCheckedUnit
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid UnitId { get; set; }
}

internal sealed class InspectionTeamMember
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid UserId { get; set; }
}

internal sealed class InspectionTopic
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public int Position { get; set; }

    public string Text { get; set; } = "";
}

internal sealed class InspectionFinding
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid UnitId { get; set; }

    public string? Topic { get; set; }

    public string Text { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public Guid? RecordedByUserId { get; set; }

    /// <summary>The official of the checked unit the finding is about, if any (docs/domain.md "Checks of official duties: findings about people").</summary>
    public Guid? PersonUserId { get; set; }

    /// <summary>The competent leader's discipline-review decision (<see cref="FindingReview"/>), once recorded.</summary>
    public string? ReviewDecision { get; set; }

    public string? ReviewDecisionNumber { get; set; }

    public DateOnly? ReviewDecidedOn { get; set; }

    public string? ReviewReason { get; set; }

    public Guid? ReviewedByUserId { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>Records the decision once: a second one is refused (a changed decision is a new decision of the competent person, outside this record).</summary>
    public void RecordReview(string decision, string? decisionNumber, DateOnly decidedOn, string reason, Guid? userId, DateTime nowUtc)
    {
        if (PersonUserId is null)
        {
            throw new DomainException("inspection.findingNotAboutPerson", "Nội dung ghi nhận không nêu cá nhân nào. / The finding names no person.");
        }

        if (ReviewDecision is not null)
        {
            throw new DomainException("inspection.findingReviewed", "Đã ghi nhận quyết định xem xét trách nhiệm đối với nội dung này. / A decision is already recorded.");
        }

        ReviewDecision = decision;
        ReviewDecisionNumber = decisionNumber;
        ReviewDecidedOn = decidedOn;
        ReviewReason = reason;
        ReviewedByUserId = userId;
        ReviewedAtUtc = nowUtc;
    }
}

internal sealed class InspectionExplanation
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid UnitId { get; set; }

    public string Text { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public Guid? ByUserId { get; set; }
}

/// <summary>A required remedy: one checked unit, its deadline in working days and the task that carries it (docs/domain.md §6).</summary>
internal sealed class InspectionRemedy
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid UnitId { get; set; }

    public string Text { get; set; } = "";

    public int WorkingDays { get; set; }

    public DateOnly? DueDate { get; set; }

    public Guid? TaskId { get; set; }

    public string Verification { get; set; } = RemedyVerification.Pending;

    public string? VerificationNote { get; set; }

    public DateTime? VerifiedAtUtc { get; set; }

    public Guid? VerifiedByUserId { get; set; }
}
