namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>
/// When the daily digest goes out and what it covers: on a working day, from the digest hour (Vietnam time) on; it lists
/// the notices since the previous working day's digest hour, so notices of a weekend, a holiday or after the hour are
/// carried into the next digest instead of being dropped.
/// </summary>
internal static class DigestSchedule
{
    public static readonly TimeOnly DefaultHour = new(16, 30);
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The instant of the digest hour on a Vietnamese date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly hour) => new(date.ToDateTime(hour), VietnamOffset);

    /// <summary>Is the digest of <paramref name="today"/> due at <paramref name="now"/>?</summary>
    public static bool IsDue(DateTimeOffset now, DateOnly today, TimeOnly hour, Func<DateOnly, bool> isWorkingDay) =>
        isWorkingDay(today) && now >= At(today, hour);

    /// <summary>The window [from, to) of notices in today's digest; <c>from</c> is the previous working day's digest hour (at most 31 days back).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateOnly today, TimeOnly hour, Func<DateOnly, bool> isWorkingDay)
    {
        var previous = today.AddDays(-1);
        for (var i = 0; i < 31 && !isWorkingDay(previous); i++)
        {
            previous = previous.AddDays(-1);
        }

        return (At(previous, hour), At(today, hour));
    }
}
