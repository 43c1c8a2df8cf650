namespace KyCuong.Web.Modules.Chasing.RemindTask;

/// <summary>docs/api.md: <c>{"count"}</c> — the reminders counted against that person so far.</summary>
internal sealed record RemindTaskResponse(int Count, Guid RecipientUserId, Guid ReminderId, bool TransferReviewFlag);
