namespace KyCuong.Web.Modules.Calendar.RecomputeDeadlines;

/// <summary><see cref="Applied"/>: false for a preview. <see cref="Checked"/>: open deadlines given under an earlier calendar version.</summary>
internal sealed record RecomputeResponse(int CalendarVersion, DateOnly Today, bool Applied, int Checked, IReadOnlyList<MovedDeadlineResponse> Moved);
