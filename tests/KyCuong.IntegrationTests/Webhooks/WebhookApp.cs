using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.IntegrationTests.Webhooks;

/// <summary>The demo-seeded host on one provider, with a loopback <see cref="WebhookReceiver"/> (private targets allowed) and a subscription disabled after 3 failures.</summary>
public abstract class WebhookApp(DatabaseProvider provider) : AppFixture(provider)
{
    public const int DisableAfter = 3;

    public WebhookReceiver Receiver { get; } = new();

    protected override string DatabasePrefix => "hook";

    protected override Task StartDependenciesAsync() => Receiver.StartAsync();

    protected override ValueTask StopDependenciesAsync() => Receiver.DisposeAsync();

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Webhooks:DisableAfterFailures"] = DisableAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Webhooks:Timeout"] = "00:00:05",

        // The receiver listens on loopback, which the default settings refuse (docs/domain.md "Webhooks: safe targets").
        ["Webhooks:AllowPrivateTargets"] = "true",

        // Small batches, so two drainers running at once interleave their claims.
        ["Webhooks:BatchSize"] = "16",
    };
}

public sealed class SqliteWebhookApp() : WebhookApp(DatabaseProvider.Sqlite);

public sealed class PostgresWebhookApp() : WebhookApp(DatabaseProvider.Postgres);
