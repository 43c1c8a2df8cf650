using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>The demo-seeded host on one provider with its e-mail going to a local <see cref="SmtpSink"/>.</summary>
public abstract class NotificationApp(DatabaseProvider provider) : AppFixture(provider)
{
    public SmtpSink Sink { get; } = new();

    protected override string DatabasePrefix => "ntf";

    protected override Task StartDependenciesAsync()
    {
        Sink.Start();
        return Task.CompletedTask;
    }

    protected override ValueTask StopDependenciesAsync() => Sink.DisposeAsync();

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Smtp:Enabled"] = "true",

        // Small batches, so that one run drains several and two drainers at once interleave.
        ["Outbox:BatchSize"] = "5",
        ["Notifications:BatchSize"] = "10",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "kycuong@angiang.gov.vn",
        ["Smtp:TimeoutMilliseconds"] = "5000",

        // The sink has no rate limit; the pool's own is tested in SmtpPoolTests.
        ["Smtp:MaxMessagesPerSecond"] = "5000",
        ["App:BaseUrl"] = "https://kycuong.test",
    };
}

public sealed class SqliteNotificationApp() : NotificationApp(DatabaseProvider.Sqlite);

public sealed class PostgresNotificationApp() : NotificationApp(DatabaseProvider.Postgres);
