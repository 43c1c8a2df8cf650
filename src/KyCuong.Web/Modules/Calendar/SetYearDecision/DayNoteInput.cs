namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

internal sealed record DayNoteInput(string? Date, string? Note);
