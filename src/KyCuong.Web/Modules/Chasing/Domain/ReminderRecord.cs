namespace KyCuong.Web.Modules.Chasing.Domain;

/// <summary>
/// One reminder to one person: a ladder step (unique per task, step and recipient, so the effect can never happen twice) or a
/// manual reminder (no step). <see cref="Counts"/> says whether it counts against the recipient (docs/domain.md §10).
/// </summary>
internal sealed class ReminderRecord
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    /// <summary>The ladder step; null for a manual reminder.</summary>
    public int? Step { get; set; }

    public Guid RecipientUserId { get; set; }

    /// <summary><see cref="ReminderKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public bool Counts { get; set; }

    public DateTime AtUtc { get; set; }

    public DateOnly? DueDate { get; set; }

    public Guid? ByUserId { get; set; }

    public string? Note { get; set; }
}

internal static class ReminderKinds
{
    /// <summary>Before the deadline: a courtesy notice, not counted.</summary>
    public const string Courtesy = "courtesy";

    /// <summary>An overdue ladder step to the answerable person: counted.</summary>
    public const string Overdue = "overdue";

    /// <summary>A copy to the lead unit's head or the monitoring office: not counted against them.</summary>
    public const string Escalation = "escalation";

    /// <summary>A monitor or leader chased by hand: counted.</summary>
    public const string Manual = "manual";

    /// <summary>
    /// A completion waited too long for the assigning side's review: the reviewer is reminded. Not counted towards the transfer
    /// review, which Thông báo 924-TB/TU ties to the tasks a person handles (docs/domain.md §10).
    /// </summary>
    public const string Review = "review";
}
