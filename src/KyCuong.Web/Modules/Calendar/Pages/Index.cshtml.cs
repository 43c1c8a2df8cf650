using System.Globalization;
using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Dates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Calendar.Pages;

internal sealed class IndexModel(ICalendarService calendar, IAccessControl access, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public DateOnly Today { get; private set; }

    public int CalendarVersion { get; private set; }

    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }

    public bool CanManage { get; private set; }

    public string? Warning { get; private set; }

    public IReadOnlyList<CalendarYearView.MonthGrid> Months { get; private set; } = [];

    public IReadOnlyList<CalendarYearView.DayOff> DaysOff { get; private set; } = [];

    /// <summary>The lunar years the solar year spans, e.g. "Ất Tỵ – Bính Ngọ".</summary>
    public string LunarYears { get; private set; } = "";

    public async Task OnGetAsync(string? year, CancellationToken ct)
    {
        var snapshot = await calendar.GetAsync(ct);
        Today = clock.Today();
        FirstYear = snapshot.Calendar.FirstDate.Year;
        LastYear = snapshot.Calendar.LastDate.Year;
        Year = Today.Year;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y >= FirstYear && y <= LastYear)
            {
                Year = y;
            }
            else
            {
                Warning = string.Create(CultureInfo.InvariantCulture, $"Năm \"{year}\" không hợp lệ; lịch có từ năm {FirstYear} đến {LastYear}. Đang hiển thị năm {Year}.");
            }
        }

        CalendarVersion = snapshot.Version;
        CanManage = await access.HasAnywhereAsync(Permission.ManageCalendar, ct);
        Months = CalendarYearView.Build(snapshot.Calendar, Year, Today);
        DaysOff = CalendarYearView.DaysOff(snapshot.Calendar, Year);
        int startLunar = VietnameseLunarCalendar.FromSolar(new DateOnly(Year, 1, 1)).Year;
        int endLunar = VietnameseLunarCalendar.FromSolar(new DateOnly(Year, 12, 31)).Year;
        LunarYears = startLunar == endLunar ? CalendarYearView.YearName(startLunar) : $"{CalendarYearView.YearName(startLunar)} – {CalendarYearView.YearName(endLunar)}";
    }

    /// <summary>
    /// <c>/Calendar?handler=Deadline&amp;date=01/05/2027</c>: the hint a deadline field shows before saving (wwwroot/js/forms.js),
    /// for any signed-in person; the same rule the task handlers apply when saving (Civil Code 2015 art. 148(5)).
    /// <c>mode=workingDay</c>: for a field that refuses a day off instead (a consultation's answer date).
    /// </summary>
    public async Task<IActionResult> OnGetDeadlineAsync(string? date, string? mode, CancellationToken ct)
    {
        if (VietnamDates.TryParse(date, out var requested) is { } problem)
        {
            return BadRequest(new { error = problem });
        }

        var snapshot = await calendar.GetAsync(ct);
        if (requested < snapshot.Calendar.FirstDate || requested >= snapshot.Calendar.LastDate)
        {
            return BadRequest(new { error = Platform.Web.InputRules.DateOutOfRange("date") });
        }

        var hint = DeadlineHint.For(snapshot, requested, mustBeWorkingDay: mode == "workingDay");
        return new JsonResult(new
        {
            requested = hint.Requested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dueDate = hint.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dueShown = VietnamDates.Show(hint.DueDate),
            moved = hint.Moved,
            message = hint.Message,
        });
    }
}
