using KyCuong.Web.Platform.Web.Dates;

namespace KyCuong.Web.Modules.Calendar.Contracts;

/// <summary>
/// What a form says under a deadline field before saving (docs/domain.md §7): the date typed, the deadline it gives after
/// Civil Code 2015 art. 148(5) (a day off moves to the next working day), and a sentence saying why it moved.
/// </summary>
public sealed record DeadlineHint(DateOnly Requested, DateOnly DueDate, bool Moved, string Message)
{
    /// <param name="mustBeWorkingDay">For a deadline a day off is refused for, not moved (a consultation's answer date,
    /// docs/domain.md §8): the hint names the next working day to choose instead.</param>
    public static DeadlineHint For(CalendarSnapshot calendar, DateOnly requested, bool mustBeWorkingDay = false)
    {
        var due = calendar.OnWorkingDay(requested);
        if (due == requested)
        {
            var day = calendar.Describe(requested);
            var note = day.Kind == KyCuong.Calendar.DayKind.SwappedWorking ? " (ngày làm việc bù)" : "";
            return new DeadlineHint(requested, due, false, $"Ngày {VietnamDates.Show(requested)} là ngày làm việc{note}.");
        }

        if (mustBeWorkingDay)
        {
            return new DeadlineHint(requested, due, true,
                $"Ngày {VietnamDates.Show(requested)} là {DayOffLabels.Describe(calendar.Describe(requested))}, ngày nghỉ: hạn phải là ngày làm việc, ví dụ {VietnamDates.Show(due)}.");
        }

        return new DeadlineHint(requested, due, true,
            $"Ngày {VietnamDates.Show(requested)} là {DayOffLabels.Describe(calendar.Describe(requested))}, ngày nghỉ; hạn sẽ là {VietnamDates.Show(due)} (ngày làm việc tiếp theo, Điều 148 Bộ luật Dân sự 2015).");
    }
}
