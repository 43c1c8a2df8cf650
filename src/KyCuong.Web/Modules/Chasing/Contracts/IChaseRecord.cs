namespace KyCuong.Web.Modules.Chasing.Contracts;

/// <summary>A reminder that counts against its recipient (docs/domain.md §10): on which task, to whom, of which kind, when.</summary>
public sealed record CountedReminder(Guid TaskId, Guid RecipientUserId, string Kind, DateTime AtUtc);

/// <summary>A transfer-review flag (xem xét điều chuyển, docs/domain.md §10): raised at the threshold of counted reminders, cleared with a reason.</summary>
public sealed record TransferFlagFact(Guid UserId, DateTime RaisedAtUtc, int Count, int Threshold, DateTime? ClearedAtUtc, string? ClearReason);

/// <summary>What the Evaluation module's patterns read of the chasing record: never Chasing's tables directly.</summary>
public interface IChaseRecord
{
    /// <summary>The counted reminders these people received in <c>[fromUtc, toUtc)</c>, oldest first.</summary>
    Task<IReadOnlyList<CountedReminder>> CountedRemindersAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    /// <summary>The flags of these people that were standing at some time in <c>[fromUtc, toUtc)</c>: raised before its end, not cleared before its start.</summary>
    Task<IReadOnlyList<TransferFlagFact>> FlagsAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}
