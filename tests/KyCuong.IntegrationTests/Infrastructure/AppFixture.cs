using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>One migrated, demo-seeded database (a copy of the run's template) and host per test class, for one provider.</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string DemoPassword = "KyCuong@2026";

    private readonly Dictionary<string, string> _tokens = [];

    public KyCuongFactory Factory { get; private set; } = null!;

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>The database name's prefix, to tell a fixture's databases apart.</summary>
    protected virtual string DatabasePrefix => "kc";

    public async ValueTask InitializeAsync()
    {
        await StartDependenciesAsync();
        // A copy of the run's migrated, demo-seeded template: the host still migrates and seeds at start, finding nothing to do.
        var db = await TestDatabase.FromTemplateAsync(Provider, DatabasePrefix);
        Factory = new KyCuongFactory(db, settings: Settings());
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Factory.Database.DisposeAsync();
        await StopDependenciesAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Configuration on top of the test host's (e.g. an SMTP sink's port).</summary>
    protected virtual Dictionary<string, string?>? Settings() => null;

    /// <summary>Starts what the host talks to before the host starts (e.g. a local SMTP sink).</summary>
    protected virtual Task StartDependenciesAsync() => Task.CompletedTask;

    protected virtual ValueTask StopDependenciesAsync() => ValueTask.CompletedTask;

    public HttpClient Anonymous() => Factory.CreateClient();

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

    /// <summary>
    /// A service scope whose request is signed in as the person (their id and name as claims), to call the host's services in
    /// process as that person would through a request. The accessor's value is set here, in the caller's execution context.
    /// </summary>
    public IServiceScope ScopeAs(Guid userId, string userName)
    {
        var scope = Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, userName)], "test")),
        };
        return scope;
    }

    public async Task<Guid> UnitIdAsync(string name)
    {
        using var admin = await ClientForAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units");
        return units.EnumerateArray().Where(u => u.GetProperty("name").GetString() == name).Select(u => u.GetProperty("id").GetGuid()).Single();
    }
}

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);
