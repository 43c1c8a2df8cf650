namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// A leader's decision on a listed candidate (docs/domain.md "Evaluation: patterns and candidates"): for commendation (Luật Thi đua,
/// khen thưởng 2022) or for review or transfer. The system lists; the leader decides and records the decision's number, date and form.
/// </summary>
internal sealed class CandidateDecision
{
    private CandidateDecision()
    {
    }

    public CandidateDecision(Guid id, Guid unitId, Guid userId, int year, string kind, string form, string decisionNumber, DateOnly decidedOn, string? note,
        Guid? byUserId, DateTime atUtc)
    {
        Id = id;
        UnitId = unitId;
        UserId = userId;
        Year = year;
        Kind = kind;
        Form = form;
        DecisionNumber = decisionNumber;
        DecidedOn = decidedOn;
        Note = note;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid UserId { get; private set; }

    public int Year { get; private set; }

    /// <summary><see cref="CandidateForms.Commendation"/> or <see cref="CandidateForms.Review"/>.</summary>
    public string Kind { get; private set; } = "";

    public string Form { get; private set; } = "";

    public string DecisionNumber { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    public string? Note { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }
}

/// <summary>The forms a decision takes, by kind, with their Vietnamese labels.</summary>
internal static class CandidateForms
{
    public const string Commendation = "commendation";
    public const string Review = "review";

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Forms = new()
    {
        [Commendation] = new Dictionary<string, string>
        {
            ["advancedWorker"] = "Danh hiệu \"Lao động tiên tiến\"",
            ["grassrootsEmulationFighter"] = "Danh hiệu \"Chiến sĩ thi đua cơ sở\"",
            ["certificateOfMerit"] = "Giấy khen",
            ["notCommended"] = "Không đề nghị khen thưởng",
        },
        [Review] = new Dictionary<string, string>
        {
            ["reviewMeeting"] = "Kiểm điểm trách nhiệm",
            ["transfer"] = "Điều chuyển vị trí công tác",
            ["removalFromPost"] = "Cho thôi giữ chức vụ, thay thế",
            ["dismissal"] = "Giải quyết thôi việc",
            ["noAction"] = "Đã xem xét, không xử lý",
        },
    };

    public static bool IsKind(string? kind) => kind is not null && Forms.ContainsKey(kind);

    public static bool IsForm(string? kind, string? form) => kind is not null && form is not null && Forms.TryGetValue(kind, out var f) && f.ContainsKey(form);

    public static string Label(string kind, string form) => Forms.TryGetValue(kind, out var f) && f.TryGetValue(form, out var l) ? l : form;

    public static IReadOnlyDictionary<string, string> Of(string kind) => Forms[kind];
}
