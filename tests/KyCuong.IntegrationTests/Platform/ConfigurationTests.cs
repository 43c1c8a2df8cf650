using System.Collections.Concurrent;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// Settings are bound and validated when the host starts (a typo stops the start with the setting's name instead of failing
/// a job or an e-mail hours later), and background jobs that found nothing to do stay out of the Information log.
/// </summary>
public abstract class ConfigurationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Chasing:BatchSize", "0", "BatchSize")]
    [InlineData("Jobs:IntervalSeconds", "0", "IntervalSeconds")]
    [InlineData("Outbox:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Consultations:DefaultWorkingDays", "0", "DefaultWorkingDays")]
    [InlineData("Documents:Acknowledgement:FirstReminderAfterWorkingDays", "61", "FirstReminderAfterWorkingDays")]
    [InlineData("Documents:Ocr:TimeoutSeconds", "30", "TimeoutSeconds")]
    [InlineData("Documents:Ocr:Languages", "vie; rm -rf", "Languages")]
    [InlineData("OneStop:MaxApologyLetters", "0", "MaxApologyLetters")]
    [InlineData("OneStop:IndexProgressMax", "101", "IndexProgressMax")]
    [InlineData("Procedures:ComplianceCostCutTarget", "1.5", "ComplianceCostCutTarget")]
    [InlineData("Evaluation:ExcellentFrom", "60", "ExcellentFrom")]
    [InlineData("Evaluation:DefaultPeriodKind", "week", "DefaultPeriodKind")]
    [InlineData("Evaluation:Patterns:SerialExtensionsFrom", "1", "SerialExtensionsFrom")]
    [InlineData("Inspections:DefaultRemedyWorkingDays", "10", "DefaultRemedyWorkingDays")]
    [InlineData("Inspections:Risk:OverdueRate", "-1", "Inspections:Risk:OverdueRate")]
    [InlineData("Inspections:PeopleRisk:TransferReviewFlag", "1001", "Inspections:PeopleRisk:TransferReviewFlag")]
    [InlineData("Inspections:MaxEvidenceBytes", "0", "MaxEvidenceBytes")]
    [InlineData("Smtp:Port", "70000", "Port")]
    [InlineData("Smtp:MaxConnections", "0", "MaxConnections")]
    [InlineData("Smtp:MaxMessagesPerSecond", "0", "MaxMessagesPerSecond")]
    [InlineData("Notifications:BatchSize", "0", "BatchSize")]
    [InlineData("Redis:Configuration", "127.0.0.1:6379,khongco=1", "Redis:Configuration")]
    [InlineData("Redis:ConnectTimeoutMilliseconds", "0", "ConnectTimeoutMilliseconds")]
    [InlineData("Auth:TokenLifetimeMinutes", "0", "TokenLifetimeMinutes")]
    [InlineData("Auth:SigningKey", "too-short", "Auth:SigningKey")]
    [InlineData("RateLimit:SignInPerMinute", "0", "SignInPerMinute")]
    [InlineData("Clock:Mode", "Sometimes", "Clock:Mode")]
    [InlineData("Audit:SealingLagMinutes", "0", "SealingLagMinutes")]
    [InlineData("Audit:Key", "short", "Audit:Key")]
    [InlineData("ForwardedHeaders:KnownProxies", "10.0.0.1, not-an-address", "not-an-address")]
    [InlineData("Admin:UserName", "tên có dấu", "Admin:UserName")]
    public async Task InvalidSetting_StopsTheStart(string key, string value, string member)
    {
        await using var host = new KyCuongFactory(app.Factory.Database, demoSeed: false, new Dictionary<string, string?> { [key] = value });
        StartFailure(host).Message.ShouldContain(member);
    }

    [Fact]
    public async Task SmtpEnabledWithoutAValidSender_StopsTheStart()
    {
        await using var host = new KyCuongFactory(app.Factory.Database, demoSeed: false,
            new Dictionary<string, string?> { ["Smtp:Enabled"] = "true", ["Smtp:From"] = "không phải địa chỉ" });
        StartFailure(host).Message.ShouldContain("Smtp:From");
    }

    [Fact]
    public async Task ValidSettings_AreWhatTheServicesSee()
    {
        await using var host = new KyCuongFactory(app.Factory.Database, demoSeed: false,
            new Dictionary<string, string?> { ["Chasing:BatchSize"] = "123", ["Jobs:IntervalSeconds"] = "45", ["Notifications:DigestHour"] = "17:15" });
        host.Services.GetRequiredService<IOptions<KyCuong.Web.Modules.Chasing.ChasingOptions>>().Value.BatchSize.ShouldBe(123);
        host.Services.GetRequiredService<IOptions<JobsOptions>>().Value.IntervalSeconds.ShouldBe(45);
        host.Services.GetRequiredService<IOptions<KyCuong.Web.Modules.Notifications.NotificationOptions>>().Value.DigestHour.ShouldBe(new TimeOnly(17, 15));
    }

    [Fact]
    public async Task SecuritySettings_AreBoundThroughOptions()
    {
        await using var host = new KyCuongFactory(app.Factory.Database, demoSeed: false, new Dictionary<string, string?>
        {
            ["Auth:TokenLifetimeMinutes"] = "15", ["RateLimit:SignInPerMinute"] = "7", ["ForwardedHeaders:KnownProxies"] = "10.1.2.3, ::1",
        });
        host.Services.GetRequiredService<IOptions<KyCuong.Web.Platform.Auth.AuthOptions>>().Value.TokenLifetimeMinutes.ShouldBe(15);
        host.Services.GetRequiredService<IOptions<KyCuong.Web.Platform.Auth.RateLimitOptions>>().Value.SignInPerMinute.ShouldBe(7);
        host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value.KnownProxies
            .Select(a => a.ToString()).ShouldBe(["10.1.2.3", "::1"], ignoreOrder: true);
    }

    [Fact]
    public async Task PasswordHashIterations_FewerThanIdentitysDefault_OnlyInTesting()
    {
        // The test hosts hash at a test-only cost (KyCuongFactory); the hasher sees the setting.
        app.Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Identity.PasswordHasherOptions>>().Value.IterationCount
            .ShouldBe(KyCuongFactory.TestPasswordHashIterations);
        // Outside Testing the same setting stops the start: production never hashes below Identity's 100,000 iterations.
        await using var production = new KyCuongFactory(app.Factory.Database, demoSeed: false, new Dictionary<string, string?>
        {
            ["environment"] = "Production", ["Clock:Mode"] = "System", ["Jobs:Enabled"] = "false",
            ["Auth:SigningKey"] = "configuration-test-signing-key-0123456789", ["Auth:PasswordHashIterations"] = "1000",
        });
        StartFailure(production).Message.ShouldContain("Auth:PasswordHashIterations");
    }

    [Fact]
    public async Task JobsWithNothingToDo_LogAtDebug_NotInformation()
    {
        var capture = new CaptureLogger();
        await using var factory = new KyCuongFactory(app.Factory.Database, demoSeed: false,
            new Dictionary<string, string?> { ["Logging:LogLevel:KyCuong.Web.Platform.Jobs"] = "Debug", ["Logging:LogLevel:KyCuong.Web.Modules.Chasing"] = "Debug" });
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        var runner = host.Services.GetRequiredService<JobRunner>();
        await runner.RunAllAsync(Ct);
        capture.Queue.Clear();

        // Right after a full run the jobs find nothing new: their "handled 0" lines are Debug, never Information.
        var second = await runner.RunAllAsync(Ct);
        var idle = second.Jobs.Where(j => j.Processed == 0).Select(j => j.Name).ToList();
        idle.ShouldContain("chasing.sweep");
        var lines = capture.Queue.ToArray();
        foreach (var name in idle)
        {
            lines.ShouldContain(e => e.Message == $"Job {name} handled 0 items" && e.Level == LogLevel.Debug);
        }

        lines.ShouldNotContain(e => e.Message.Contains("handled 0 items", StringComparison.Ordinal) && e.Level >= LogLevel.Information);
        lines.ShouldContain(e => e.Message.StartsWith("Chasing sweep: 0 watches synchronised, 0 reminders", StringComparison.Ordinal) && e.Level == LogLevel.Debug);
    }

    private static Exception StartFailure(KyCuongFactory host)
    {
        var ex = Should.Throw<Exception>(() => _ = host.Server);
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException)
            {
                return e;
            }
        }

        throw new ShouldAssertException($"Expected an options validation failure at start, got {ex}");
    }

    private sealed class CaptureLogger : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Queue { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CaptureLogger owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Queue.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteConfigurationTests(SqliteApp app) : ConfigurationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresConfigurationTests(PostgresApp app) : ConfigurationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
