namespace KyCuong.Web.Modules.Calendar.RecomputeDeadlines;

/// <summary>
/// Applying a re-computation: <see cref="Reason"/> (why, on what legal basis) is required;
/// <see cref="ExpectedCalendarVersion"/>, the version previewed, refuses the apply if the calendar changed since.
/// </summary>
internal sealed record RecomputeRequest(string? Reason, int? ExpectedCalendarVersion = null);
