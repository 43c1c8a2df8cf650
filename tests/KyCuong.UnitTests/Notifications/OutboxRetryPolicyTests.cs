using KyCuong.Web.Platform.Outbox;

namespace KyCuong.UnitTests.Notifications;

public sealed class OutboxRetryPolicyTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(12, 60)]
    [InlineData(1000, 60)]
    public void DelayAfter_DoublesFromOneMinute_CappedAtAnHour(int attempts, int minutes) =>
        OutboxRetryPolicy.DelayAfter(attempts).ShouldBe(TimeSpan.FromMinutes(minutes));

    [Fact]
    public void DelayAfter_ZeroOrNegative_OneMinute() => OutboxRetryPolicy.DelayAfter(0).ShouldBe(TimeSpan.FromMinutes(1));

    [Theory]
    [InlineData(11, 12, false)]
    [InlineData(12, 12, true)]
    [InlineData(13, 12, true)]
    [InlineData(1, 0, true)]
    public void IsExhausted_AtTheConfiguredMaximum(int attempts, int max, bool exhausted) =>
        OutboxRetryPolicy.IsExhausted(attempts, max).ShouldBe(exhausted);
}
