namespace KyCuong.Web.Platform.Time;

/// <summary>
/// All legal dates and working hours are Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
/// docs/domain.md §7: deadlines are dates in Vietnam; instants are stored as UTC and shown with +07:00.
/// </summary>
internal static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static TimeZoneInfo Zone { get; } = FindZone();

    private static TimeZoneInfo FindZone()
    {
        foreach (var id in new[] { "Asia/Ho_Chi_Minh", "SE Asia Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz))
            {
                return tz;
            }
        }

        // Vietnam has no daylight saving since 1975; a fixed zone is exact for every date we handle.
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", Offset, "Giờ Việt Nam", "Giờ Việt Nam");
    }

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset ToVietnam(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTimeOffset NowInVietnam(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    /// <summary>The first instant after the end of a Vietnamese calendar day (a period ends at the end of its last day: Civil Code art. 148).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) =>
        new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);

    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset);
}
