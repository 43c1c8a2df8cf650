namespace KyCuong.Web.Modules.Calendar.GetLunarDate;

public sealed record LunarDateResponse(int Year, int Month, int Day, bool LeapMonth);
