namespace KyCuong.Web.Platform.Time;

/// <summary>
/// The test clock (docs/api.md "Test clock"): the whole app sees the time set through
/// <c>POST /api/v1/system/clock</c>. Only allowed in Development and Testing.
/// </summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => VietnamTime.Zone;

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
