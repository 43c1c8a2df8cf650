namespace KyCuong.Web.Modules.Chasing.Accountability;

/// <summary>
/// docs/api.md: <c>{"remindersReceived","transferReviewFlag","threshold","flaggedAt","reminders":[…],"returns","extensions","flags":[…]}</c>.
/// <see cref="RemindersReceived"/> counts the reminders that count (overdue steps and manual reminders); courtesy notices
/// before a deadline are listed but not counted.
/// </summary>
internal sealed record AccountabilityResponse(
    Guid UserId,
    string FullName,
    int RemindersReceived,
    int SinceLastClearing,
    bool TransferReviewFlag,
    int Threshold,
    DateTimeOffset? FlaggedAt,
    IReadOnlyList<ReceivedReminder> Reminders,
    int Returns,
    int Extensions,
    IReadOnlyList<FlagEntry> Flags,
    bool CanClearFlag);

internal sealed record ReceivedReminder(Guid Id, Guid TaskId, string TaskTitle, string Kind, int? Step, bool Counts, DateTimeOffset At, DateOnly? DueDate, string? ByName, string? Note);

internal sealed record FlagEntry(Guid Id, DateTimeOffset RaisedAt, int Count, int Threshold, DateTimeOffset? ClearedAt, string? ClearedByName, string? ClearReason);
