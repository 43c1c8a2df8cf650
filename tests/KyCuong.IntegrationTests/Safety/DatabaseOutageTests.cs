using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Npgsql;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// The PostgreSQL server disappears under a running host (docs/operations.md, "When the database is unavailable"): every
/// request answers 503 with Retry-After and a stable code — never a 500 — a write attempted meanwhile leaves nothing behind,
/// and when the server is back the same host serves again without a restart.
/// </summary>
[Collection("postgres")]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TestDatabase _database = null!;
    private CuttableTcpProxy _proxy = null!;
    private KyCuongFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.FromTemplateAsync(DatabaseProvider.Postgres, "outage");
        var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _proxy = CuttableTcpProxy.Start(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port, Timeout = 3 };
        _factory = new KyCuongFactory(_database, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = relayed.ConnectionString,
        });
        _ = _factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _proxy.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ServerGone_Answers503WithRetryAfter_WritesNothing_AndRecoversWithoutRestart()
    {
        using var anon = _factory.CreateClient();
        var token = await TokenAsync(anon);
        using var admin = _factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await admin.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var unit = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().First().GetProperty("id").GetGuid();
        var title = $"Việc tạo khi mất kết nối {Guid.NewGuid():N}";

        _proxy.Cut();

        // Reads, a write, a page and a sign-in: all 503 with the same code and a Retry-After, none 500.
        using var read = await admin.GetAsync("/api/v1/units", Ct);
        await ShouldBeUnavailableAsync(read);
        using var write = await admin.PostAsJsonAsync("/api/v1/tasks", new
        {
            title, leadUnitId = unit, dueDate = new DateOnly(2026, 3, 31),
        }, Ct);
        await ShouldBeUnavailableAsync(write);
        using var signIn = await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AppFixture.DemoPassword }, Ct);
        await ShouldBeUnavailableAsync(signIn);
        using var page = await admin.GetAsync("/Tasks", Ct);
        ((int)page.StatusCode).ShouldNotBe(500);

        _proxy.Restore();

        // The same host serves again: a pooled connection broken by the cut may fail once more, and is answered 503 too.
        HttpStatusCode status = 0;
        for (var attempt = 0; attempt < 10 && status != HttpStatusCode.OK; attempt++)
        {
            using var again = await admin.GetAsync("/api/v1/units", Ct);
            status = again.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await ShouldBeUnavailableAsync(again);
            }
        }

        status.ShouldBe(HttpStatusCode.OK);
        await using var direct = new NpgsqlConnection(_database.ConnectionString);
        await direct.OpenAsync(Ct);
        await using var count = new NpgsqlCommand("""select count(*) from task_tasks where "Title" = @title""", direct);
        count.Parameters.AddWithValue("title", title);
        ((long)(await count.ExecuteScalarAsync(Ct))!).ShouldBe(0);
    }

    private static async Task ShouldBeUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
        response.Headers.RetryAfter.ShouldNotBeNull();
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("database.unavailable");
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(503);
    }

    private static async Task<string> TokenAsync(HttpClient anon)
    {
        using var response = await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AppFixture.DemoPassword }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString()!;
    }
}
