using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>The demo-seeded host on one provider with its e-mail going to a local <see cref="SmtpSink"/>.</summary>
public abstract class NotificationApp(DatabaseProvider provider) : IAsyncLifetime
{
    public const string DemoPassword = "KyCuong@2026";

    private readonly Dictionary<string, string> _tokens = [];

    public SmtpSink Sink { get; } = new();

    public KyCuongFactory Factory { get; private set; } = null!;

    public DatabaseProvider Provider { get; } = provider;

    public async ValueTask InitializeAsync()
    {
        Sink.Start();
        var db = await TestDatabase.CreateAsync(Provider, "ntf");
        Factory = new KyCuongFactory(db, settings: new Dictionary<string, string?>
        {
            ["Smtp:Enabled"] = "true",

            // Small batches, so that one run drains several and two drainers at once interleave.
            ["Outbox:BatchSize"] = "5",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "kycuong@angiang.gov.vn",
            ["Smtp:TimeoutMilliseconds"] = "5000",
            ["App:BaseUrl"] = "https://kycuong.test",
        });
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Factory.Database.DisposeAsync();
        await Sink.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task<HttpClient> ClientForAsync(string userName, string password = DemoPassword)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var anon = Factory.CreateClient();
            var response = await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
            response.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            token = doc.RootElement.GetProperty("accessToken").GetString()!;
            _tokens[userName] = token;
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<Guid> UnitIdAsync(string name)
    {
        using var admin = await ClientForAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units");
        return units.EnumerateArray().Where(u => u.GetProperty("name").GetString() == name).Select(u => u.GetProperty("id").GetGuid()).Single();
    }
}

public sealed class SqliteNotificationApp() : NotificationApp(DatabaseProvider.Sqlite);

public sealed class PostgresNotificationApp() : NotificationApp(DatabaseProvider.Postgres);
