namespace KyCuong.Web.Modules.Calendar.GetLunarDate;

internal sealed record LunarDateResponse(int Year, int Month, int Day, bool LeapMonth);
