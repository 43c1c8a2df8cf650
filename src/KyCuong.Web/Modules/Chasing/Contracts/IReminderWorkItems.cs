namespace KyCuong.Web.Modules.Chasing.Contracts;

/// <summary>A reminder the signed-in person received: on which task, of which kind, when, and whether it counts against them.</summary>
public sealed record ReminderWorkItem(Guid ReminderId, Guid TaskId, string Kind, bool Counts, DateTime AtUtc, DateOnly? DueDate, string? Note);

public sealed record ReminderWorkList(IReadOnlyList<ReminderWorkItem> Items, int Total);

/// <summary>What the Chasing module shows in "Việc cần xử lý".</summary>
public interface IReminderWorkItems
{
    /// <summary>The caller's reminders received since <paramref name="sinceUtc"/> (escalation copies included), newest first.</summary>
    Task<ReminderWorkList> ReceivedAsync(DateTime sinceUtc, int max, CancellationToken ct);
}
