namespace KyCuong.Web.Modules.Citizens;

/// <summary>What every decision on an item answers: its status, and for a routed item the task and its due date.</summary>
internal sealed record FeedbackActionResponse(Guid Id, string Status, Guid? TaskId = null, DateOnly? DueDate = null, string? NewTrackingCode = null);
