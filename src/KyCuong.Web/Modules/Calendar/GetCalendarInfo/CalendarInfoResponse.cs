namespace KyCuong.Web.Modules.Calendar.GetCalendarInfo;

internal sealed record CalendarInfoResponse(int Version, DateOnly FirstDate, DateOnly LastDate, DateOnly Today, IReadOnlyList<int> DecidedYears);
