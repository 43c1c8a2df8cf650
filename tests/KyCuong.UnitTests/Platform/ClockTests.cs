using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace KyCuong.UnitTests.Platform;

public sealed class ClockTests
{
    [Fact]
    public void Today_LateEveningUtc_IsNextDayInVietnam()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 16, 17, 30, 0, TimeSpan.Zero));
        clock.Today().ShouldBe(new DateOnly(2026, 2, 17));
        clock.NowInVietnam().Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void EndOfDay_IsMidnightVietnamOfTheNextDay()
    {
        VietnamTime.EndOfDay(new DateOnly(2026, 2, 2)).ShouldBe(new DateTimeOffset(2026, 2, 3, 0, 0, 0, TimeSpan.FromHours(7)));
        VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void ManualTimeProvider_SetAndAdvance()
    {
        var manual = new ManualTimeProvider(new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.FromHours(7)));
        manual.Advance(TimeSpan.FromHours(16));
        manual.Today().ShouldBe(new DateOnly(2026, 2, 4));
        manual.Set(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        manual.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void AddVietnamClock_ManualOutsideDevelopmentOrTesting_Refused(string environment)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:Mode"] = "Manual" }).Build();
        var env = new FakeEnvironment(environment);
        Should.Throw<InvalidOperationException>(() => new ServiceCollection().AddVietnamClock(config, env)).Message.ShouldContain("Development");
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void AddVietnamClock_ManualInDevelopmentOrTesting_UsesManualClock(string environment)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:Mode"] = "Manual", ["Clock:Start"] = "2026-02-03T09:00:00+07:00" }).Build();
        var services = new ServiceCollection().AddVietnamClock(config, new FakeEnvironment(environment)).BuildServiceProvider();
        services.GetRequiredService<TimeProvider>().ShouldBeOfType<ManualTimeProvider>().Today().ShouldBe(new DateOnly(2026, 2, 3));
    }

    private sealed class FakeEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "KyCuong.Web";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
