namespace KyCuong.Web.Modules.Reports.Domain;

/// <summary>
/// One reminder about a late report, on the same ladder as tasks (docs/domain.md "Reports", late reports chased): step k ≥ 1 is the
/// k-th overdue step. At most one row per report, step and recipient (a unique index), so a step is never sent twice.
/// </summary>
internal sealed class ReportReminder
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public int Step { get; set; }

    public Guid RecipientUserId { get; set; }

    /// <summary><see cref="ReportReminderKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public DateOnly DueDate { get; set; }
}

internal static class ReportReminderKinds
{
    /// <summary>To a leader of the reporting unit: the report is late.</summary>
    public const string Overdue = "overdue";

    /// <summary>A copy to the head of the body that set the regime, or to its monitoring office.</summary>
    public const string Escalation = "escalation";
}
