using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Contracts;

/// <summary>Why a day is not a working day, in words a form can show ("Ngày 01/05/2027 là ngày nghỉ lễ (Ngày Quốc tế lao động)").</summary>
public static class DayOffLabels
{
    public static string Describe(DayInfo day) => day.Kind switch
    {
        DayKind.Weekend => day.Date.DayOfWeek == DayOfWeek.Sunday ? "Chủ nhật" : "thứ Bảy",
        DayKind.Holiday => day.HolidayName is { Length: > 0 } name ? $"ngày nghỉ lễ, Tết ({name})" : "ngày nghỉ lễ, Tết",
        DayKind.Compensatory => day.HolidayName is { Length: > 0 } name ? $"ngày nghỉ bù ({name})" : "ngày nghỉ bù",
        DayKind.SwappedOff => "ngày nghỉ hoán đổi (làm bù vào ngày khác)",
        DayKind.DecidedOff => day.HolidayName is { Length: > 0 } note ? $"ngày nghỉ theo quyết định ({note})" : "ngày nghỉ theo quyết định",
        DayKind.SwappedWorking => "ngày làm việc bù",
        _ => "ngày làm việc",
    };
}
