using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// Read-only routing (docs/operations.md "Reading from the replica"): with <c>ConnectionStrings:ReadOnly</c> set, the dashboard's
/// figures (<c>GET …/task-summary</c>, <c>…/by-unit</c>, the /Tasks/Dashboard page) read that database, while task pages,
/// lists and every write stay on the primary. The "replica" here is a copy of the primary taken before a task is created,
/// so which database answered is visible in the counts: the dashboard lags (as a replica may), the task itself is there.
/// </summary>
public abstract class ReadReplicaTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DashboardFiguresReadTheReplica_TasksAndWritesStayOnThePrimary()
    {
        await using var primary = await TestDatabase.FromTemplateAsync(provider, "primary");
        primary.ClearSqlitePool();
        await using var replica = provider == DatabaseProvider.Postgres ? await TestDatabase.CopyPostgresAsync(primary, "replica") : TestDatabase.CopySqlite(primary);

        int before;
        Guid province;
        Guid created;
        await using (var routed = new KyCuongFactory(primary, settings: new Dictionary<string, string?> { ["ConnectionStrings:ReadOnly"] = replica.ConnectionString }))
        {
            using var chairman = await SignInAsync(routed, "chutich");
            var units = await chairman.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
            province = Unit(units, "Ủy ban nhân dân tỉnh An Giang");
            var snv = Unit(units, "Sở Nội vụ tỉnh An Giang");
            before = await TotalAsync(chairman, province);
            var perUnitBefore = await chairman.GetFromJsonAsync<JsonElement>($"/api/v1/units/{province}/task-summary/by-unit", Ct);

            // A write goes to the primary whatever the setting.
            created = (await (await chairman.PostAsJsonAsync("/api/v1/tasks", new
            {
                title = "Rà soát việc tồn đọng quý IV (kiểm tra đọc bản sao)",
                leadUnitId = snv,
                coordinatingUnitIds = Array.Empty<Guid>(),
                dueDate = "2026-03-20",
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

            // The dashboard's figures come from the replica, which has not seen the new task yet …
            (await TotalAsync(chairman, province)).ShouldBe(before);
            (await chairman.GetFromJsonAsync<JsonElement>($"/api/v1/units/{province}/task-summary/by-unit", Ct)).ToString().ShouldBe(perUnitBefore.ToString());

            // … while the task's own page and the lists read the primary: what one has just done is always there.
            (await chairman.GetAsync($"/api/v1/tasks/{created}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

            // The dashboard page renders from the replica without trying to write (a save there is refused and would be a 500).
            using var browser = await CookieSession.SignInAsync(routed, "chutich");
            var page = await browser.GetAsync($"/Tasks/Dashboard?unitId={province}", Ct);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, await page.Content.ReadAsStringAsync(Ct));
        }

        // Without the setting the same figures come from the primary and count the new task.
        await using (var plain = new KyCuongFactory(primary))
        {
            using var chairman = await SignInAsync(plain, "chutich");
            (await TotalAsync(chairman, province)).ShouldBe(before + 1);
            (await chairman.GetAsync($"/api/v1/tasks/{created}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    private static Guid Unit(JsonElement units, string name) =>
        units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static async Task<int> TotalAsync(HttpClient client, Guid unit) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}/task-summary?includeDescendants=true", Ct)).GetProperty("total").GetInt32();

    private static async Task<HttpClient> SignInAsync(KyCuongFactory factory, string userName)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFixture.DemoPassword }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}

[Collection("sqlite")]
public sealed class SqliteReadReplicaTests() : ReadReplicaTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresReadReplicaTests() : ReadReplicaTests(DatabaseProvider.Postgres);
