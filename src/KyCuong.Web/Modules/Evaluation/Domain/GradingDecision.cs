namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// One saved grading of a unit for a period, with its minutes (biên bản): who saved it, when, and the figures at that moment. Saving
/// again makes a new version; earlier versions are never changed, so every grade ever saved stays readable (docs/domain.md
/// "Evaluation: self-assessment and saved grades").
/// </summary>
internal sealed class GradingDecision
{
    private GradingDecision()
    {
    }

    public GradingDecision(Guid id, Guid unitId, string periodKey, int version, Guid? savedByUserId, string savedByName, DateTime savedAtUtc, bool outstandingBody,
        Grade? unitGrade, int maxExcellent, string? note)
    {
        Id = id;
        UnitId = unitId;
        PeriodKey = periodKey;
        Version = version;
        SavedByUserId = savedByUserId;
        SavedByName = savedByName;
        SavedAtUtc = savedAtUtc;
        OutstandingBody = outstandingBody;
        UnitGrade = unitGrade;
        MaxExcellent = maxExcellent;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string PeriodKey { get; private set; } = "";

    public int Version { get; private set; }

    public Guid? SavedByUserId { get; private set; }

    public string SavedByName { get; private set; } = "";

    public DateTime SavedAtUtc { get; private set; }

    /// <summary>The body is itself recognised as outstanding: the cap is the larger share (25 %).</summary>
    public bool OutstandingBody { get; private set; }

    /// <summary>The unit's own grade, when decided; a head's grade may not be above it.</summary>
    public Grade? UnitGrade { get; private set; }

    /// <summary>The largest number of "xuất sắc" the cap allowed at saving.</summary>
    public int MaxExcellent { get; private set; }

    public string? Note { get; private set; }

    public List<GradingEntry> Entries { get; private set; } = [];
}

/// <summary>One person's line of the minutes: the figures at saving (score, proposed grade, self-proposed grade) and the grade decided.</summary>
internal sealed class GradingEntry
{
    private GradingEntry()
    {
    }

    public GradingEntry(Guid id, Guid decisionId, Guid userId, string name, string title, bool head, decimal? total, Grade? proposedGrade, Grade? selfGrade,
        Grade? finalGrade, string? forcedReason)
    {
        Id = id;
        DecisionId = decisionId;
        UserId = userId;
        Name = name;
        Title = title;
        Head = head;
        Total = total;
        ProposedGrade = proposedGrade;
        SelfGrade = selfGrade;
        FinalGrade = finalGrade;
        ForcedReason = forcedReason;
    }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string Title { get; private set; } = "";

    public bool Head { get; private set; }

    public decimal? Total { get; private set; }

    public Grade? ProposedGrade { get; private set; }

    public Grade? SelfGrade { get; private set; }

    /// <summary>Null: the person was in the unit but not graded in this decision (nothing to judge yet, or not this manager's to grade).</summary>
    public Grade? FinalGrade { get; private set; }

    public string? ForcedReason { get; private set; }
}

/// <summary>Why a save was refused, with the figures the manager needs to correct it.</summary>
internal sealed record GradingRefusal(string Code, string Message, IReadOnlyDictionary<string, object?> Figures);

/// <summary>One person's grade as the manager proposes to save it.</summary>
internal sealed record GradeToSave(Guid UserId, bool Head, Grade Final, string? ForcedReason);

/// <summary>
/// The checks that run before a grading is saved (docs/domain.md "Evaluation"): a forced grade stays "không hoàn thành"; the cap
/// on "xuất sắc" (<see cref="Grading.PeopleCapOk"/>, 20 % of those graded "tốt", 25 % for an outstanding body); a head's grade is
/// never above the unit's.
/// </summary>
internal static class GradingRules
{
    public static GradingRefusal? Check(IReadOnlyList<GradeToSave> grades, bool outstandingBody, Grade? unitGrade, EvaluationOptions o)
    {
        if (grades.FirstOrDefault(g => g.ForcedReason is not null && g.Final != Grade.NotCompleted) is { } forced)
        {
            return new GradingRefusal("evaluation.forcedGrade",
                $"Người có quyết định kỷ luật trong năm phải xếp loại \"Không hoàn thành nhiệm vụ\" ({forced.ForcedReason}). / A disciplined person's grade is forced to notCompleted.",
                new Dictionary<string, object?> { ["userId"] = forced.UserId });
        }

        var finals = grades.Select(g => g.Final).ToList();
        if (!Grading.PeopleCapOk(finals, o, outstandingBody))
        {
            var share = outstandingBody ? o.ExcellentCapOutstandingBody : o.ExcellentCap;
            var good = finals.Count(g => g == Grade.Good);
            var allowed = Grading.MaxExcellent(good, share);
            var proposed = finals.Count(g => g == Grade.Excellent);
            return new GradingRefusal("evaluation.capExceeded",
                $"Vượt tỷ lệ \"Hoàn thành xuất sắc\": đề xuất {proposed} người, chỉ được tối đa {allowed} ({share * 100:0.##}% của {good} người \"Hoàn thành tốt\"). / "
                + $"{proposed} excellent proposed, at most {allowed} allowed.",
                new Dictionary<string, object?> { ["allowed"] = allowed, ["proposed"] = proposed, ["good"] = good, ["share"] = share });
        }

        if (unitGrade is { } unit && grades.FirstOrDefault(g => g.Head && g.Final > unit) is { } head)
        {
            return new GradingRefusal("evaluation.headAboveUnit",
                $"Xếp loại của người đứng đầu ({head.Final.Label()}) không được cao hơn xếp loại của đơn vị ({unit.Label()}). / A head's grade may not be above the unit's.",
                new Dictionary<string, object?> { ["userId"] = head.UserId, ["headGrade"] = head.Final.ApiName(), ["unitGrade"] = unit.ApiName() });
        }

        return null;
    }

    public static bool TryParse(string? apiName, out Grade grade)
    {
        foreach (var g in Enum.GetValues<Grade>())
        {
            if (g.ApiName() == apiName)
            {
                grade = g;
                return true;
            }
        }

        grade = Grade.NotCompleted;
        return false;
    }
}
