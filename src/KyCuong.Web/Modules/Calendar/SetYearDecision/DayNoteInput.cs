namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

public sealed record DayNoteInput(string? Date, string? Note);
