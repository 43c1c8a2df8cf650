namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>Where a yearly checking plan stands: drafted by the office, then approved by a leader of the body and read-only.</summary>
internal static class InspectionPlanStatus
{
    public const string Draft = "draft";
    public const string Approved = "approved";

    public static string Label(string status) => status switch
    {
        Draft => "Dự thảo, chờ lãnh đạo phê duyệt",
        Approved => "Đã phê duyệt",
        _ => status,
    };
}

/// <summary>
/// The topics a plan line may check (docs/domain.md "Checks of official duties: plans and evidence"): the areas 280/CĐ-TTg and 968/CĐ-TTg §1(b) name,
/// plus the implementation of one named directive.
/// </summary>
internal static class InspectionPlanTopics
{
    public const string WorkingHours = "workingHours";
    public const string TasksAndDeadlines = "tasksAndDeadlines";
    public const string OneStop = "oneStop";
    public const string Consultations = "consultations";
    public const string Directive = "directive";

    public static readonly IReadOnlyList<string> All = [WorkingHours, TasksAndDeadlines, OneStop, Consultations, Directive];

    public static string Label(string code, string? directive = null) => code switch
    {
        WorkingHours => "Chấp hành giờ giấc, kỷ luật, kỷ cương hành chính",
        TasksAndDeadlines => "Xử lý nhiệm vụ được giao, thời hạn",
        OneStop => "Giải quyết thủ tục hành chính tại bộ phận một cửa",
        Consultations => "Trả lời văn bản xin ý kiến",
        Directive => string.IsNullOrEmpty(directive) ? "Thực hiện chỉ thị" : $"Thực hiện {directive}",
        _ => code,
    };
}

/// <summary>
/// A body's yearly plan of checks of official duties (docs/domain.md "Checks of official duties: plans and evidence"). Lines may be changed only while the
/// plan is a draft; a leader of the body approves it; a check may then be decided from each line, once.
/// </summary>
internal sealed class InspectionPlan
{
    private readonly List<InspectionPlanLine> _lines = [];

    private InspectionPlan()
    {
    }

    public InspectionPlan(Guid id, Guid bodyUnitId, int year, string title, Guid? createdByUserId, DateTime nowUtc, IReadOnlyList<InspectionPlanLine> lines)
    {
        Id = id;
        BodyUnitId = bodyUnitId;
        Year = year;
        Title = title;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        Status = InspectionPlanStatus.Draft;
        SetLines(lines);
    }

    public Guid Id { get; private set; }

    /// <summary>The body whose plan it is (the managing body that will decide the checks).</summary>
    public Guid BodyUnitId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public string Status { get; private set; } = InspectionPlanStatus.Draft;

    public Guid? CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public IReadOnlyList<InspectionPlanLine> Lines => _lines;

    public bool IsApproved => Status == InspectionPlanStatus.Approved;

    /// <summary>The office revises the draft: title and every line replaced.</summary>
    public void Revise(string title, IReadOnlyList<InspectionPlanLine> lines, DateTime nowUtc)
    {
        EnsureDraft();
        Title = title;
        _lines.Clear();
        SetLines(lines);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A leader of the body approves: from now the plan is read-only.</summary>
    public void Approve(Guid? userId, DateTime nowUtc)
    {
        if (IsApproved)
        {
            throw new DomainException("inspectionPlan.alreadyApproved", "Kế hoạch đã được phê duyệt. / The plan is already approved.");
        }

        if (_lines.Count == 0)
        {
            throw new DomainException("inspectionPlan.empty", "Kế hoạch chưa có đơn vị nào được kiểm tra. / The plan has no line.");
        }

        Status = InspectionPlanStatus.Approved;
        ApprovedByUserId = userId;
        ApprovedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The line a check is about to be decided from: the plan must be approved and the line not yet carried out.</summary>
    public InspectionPlanLine LineForCheck(Guid lineId)
    {
        var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new NotFoundException("Không tìm thấy dòng kế hoạch. / Plan line not found.");
        if (!IsApproved)
        {
            throw new DomainException("inspectionPlan.notApproved",
                "Chỉ quyết định kiểm tra theo kế hoạch đã được phê duyệt. / A check is decided only from an approved plan.");
        }

        if (line.InspectionId is not null)
        {
            throw new DomainException("inspectionPlan.lineUsed", "Dòng kế hoạch này đã có quyết định kiểm tra. / A check was already decided for this line.");
        }

        return line;
    }

    /// <summary>The check decided from a line links back to it; a line carries one check.</summary>
    public void LinkCheck(Guid lineId, Guid inspectionId) => LineForCheck(lineId).InspectionId = inspectionId;

    private void EnsureDraft()
    {
        if (IsApproved)
        {
            throw new DomainException("inspectionPlan.approved", "Kế hoạch đã được phê duyệt, không sửa được. / An approved plan is read-only.");
        }
    }

    private void SetLines(IReadOnlyList<InspectionPlanLine> lines)
    {
        var position = 0;
        foreach (var l in lines)
        {
            l.PlanId = Id;
            l.Position = position++;
            _lines.Add(l);
        }
    }
}

/// <summary>One line of the plan: a unit to check in a month on some topics, notified or by surprise.</summary>
internal sealed class InspectionPlanLine
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public int Position { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The month of the plan's year (1–12) the check is scheduled in.</summary>
    public int Month { get; set; }

    /// <summary>Topic codes of <see cref="InspectionPlanTopics"/>, comma-separated.</summary>
    public string Topics { get; set; } = "";

    /// <summary>The named directive whose implementation is checked (with the <see cref="InspectionPlanTopics.Directive"/> topic).</summary>
    public string? Directive { get; set; }

    /// <summary>A surprise line is as secret as a surprise check: the checked unit never sees it before the team arrives.</summary>
    public bool Surprise { get; set; }

    /// <summary>The check decided from this line, if any.</summary>
    public Guid? InspectionId { get; set; }

    public IReadOnlyList<string> TopicCodes => Topics.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> TopicLabels => TopicCodes.Select(c => InspectionPlanTopics.Label(c, Directive)).ToList();
}
