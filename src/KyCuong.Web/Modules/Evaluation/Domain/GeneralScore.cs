namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// The manager's score of the general criteria for one person and period (Nghị định 335/2025: political quality, ethics, discipline,
/// attitude to citizens, innovation, daring to act; at most 30 points), with the comment the person reads.
/// </summary>
internal sealed class GeneralScore
{
    private GeneralScore()
    {
    }

    public GeneralScore(Guid id, Guid userId, string periodKey)
    {
        Id = id;
        UserId = userId;
        PeriodKey = periodKey;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string PeriodKey { get; private set; } = "";

    public decimal Points { get; private set; }

    public string? Comment { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public void Set(decimal points, string? comment, Guid? byUserId, DateTime atUtc)
    {
        Points = points;
        Comment = comment;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }
}

/// <summary>The discipline forms of Nghị định 172/2025 for công chức, mildest first; every one is khiển trách or heavier.</summary>
internal enum DisciplineForm
{
    Reprimand,
    Warning,
    DismissalFromPost,
    ForcedResignation,
}

/// <summary>A discipline decided by the competent person (number, date, reason), recorded so that the year's grade is forced.</summary>
internal sealed class DisciplineRecord
{
    private DisciplineRecord()
    {
    }

    public DisciplineRecord(Guid id, Guid userId, DisciplineForm form, string decisionNumber, DateOnly decidedOn, string reason, Guid? byUserId, DateTime atUtc)
    {
        Id = id;
        UserId = userId;
        Form = form;
        DecisionNumber = decisionNumber;
        DecidedOn = decidedOn;
        Reason = reason;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DisciplineForm Form { get; private set; }

    public string DecisionNumber { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public static string ApiName(DisciplineForm f) => f switch
    {
        DisciplineForm.Reprimand => "reprimand",
        DisciplineForm.Warning => "warning",
        DisciplineForm.DismissalFromPost => "dismissalFromPost",
        _ => "forcedResignation",
    };

    public static string Label(DisciplineForm f) => f switch
    {
        DisciplineForm.Reprimand => "khiển trách",
        DisciplineForm.Warning => "cảnh cáo",
        DisciplineForm.DismissalFromPost => "cách chức",
        _ => "buộc thôi việc",
    };

    public static bool TryParse(string? text, out DisciplineForm form)
    {
        foreach (var f in Enum.GetValues<DisciplineForm>())
        {
            if (string.Equals(ApiName(f), text, StringComparison.Ordinal))
            {
                form = f;
                return true;
            }
        }

        form = default;
        return false;
    }

    /// <summary>Every recorded form is khiển trách or heavier, so any of them in the year forces "Không hoàn thành" (NĐ 335/2025).</summary>
    public string ForcedReason() => $"Bị kỷ luật {Label(Form)} theo Quyết định số {DecisionNumber} ngày {DecidedOn:dd/MM/yyyy}.";
}
