using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>docs/domain.md §6: each hand-off is recorded and the person holding a step can see and handle it, even below the lead unit.</summary>
public abstract class HandOffTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandOff_ToSpecialistBelowLeadUnit_HolderSeesAndHandles_OthersDoNot()
    {
        using var chutich = await app.ClientForAsync("chutich");
        using var giamdoc = await app.ClientForAsync("giamdoc.snv");
        using var specialist = await app.ClientForAsync("chuyenvien");
        using var otherSpecialist = await app.ClientForAsync("chuyenvien.tcbc");
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var created = await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = "Tham mưu quy chế phối hợp", leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await specialist.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var me = await specialist.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = me.GetProperty("id").GetGuid(), stepDueDate = "2026-02-06", note = "Anh Hải soạn dự thảo." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var seen = await (await specialist.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldContain(a => a!.Contains("hand", StringComparison.OrdinalIgnoreCase));
        await (await specialist.PostAsJsonAsync($"/api/v1/tasks/{id}/progress", new { note = "Đã có dự thảo lần 1.", percent = 40 }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var mine = await specialist.GetFromJsonAsync<JsonElement>("/api/v1/tasks?mine=true&pageSize=200", Ct);
        mine.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(id);

        await (await otherSpecialist.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherSpecialist.PostAsJsonAsync($"/api/v1/tasks/{id}/progress", new { note = "x", percent = 10 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MineList_PagesInListOrder_WithTheSameTotal_AsOneLargePage()
    {
        using var chutich = await app.ClientForAsync("chutich");
        using var giamdoc = await app.ClientForAsync("giamdoc.snv");
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var tag = Guid.NewGuid().ToString("N")[..6];
        foreach (var due in new string?[] { "2026-03-10", "2026-03-05", null, "2026-03-05", "2026-03-20" })
        {
            await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = $"Rà soát thủ tục {tag} {due}", leadUnitId = snv, dueDate = due }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        var all = await giamdoc.GetFromJsonAsync<JsonElement>("/api/v1/tasks?mine=true&pageSize=200", Ct);
        var allIds = all.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        var total = all.GetProperty("total").GetInt32();
        total.ShouldBe(allIds.Count);
        total.ShouldBeGreaterThanOrEqualTo(5);

        // docs/api.md: due date ascending, tasks without one last — across pages of two, the same rows in the same order.
        var paged = new List<Guid>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var one = await giamdoc.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?mine=true&pageSize=2&page={page}", Ct);
            one.GetProperty("total").GetInt32().ShouldBe(total);
            var items = one.GetProperty("items").EnumerateArray().ToList();
            var dues = items.Select(t => t.GetProperty("dueDate").ValueKind == JsonValueKind.Null ? DateOnly.MaxValue : DateOnly.Parse(t.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            dues.ShouldBe([.. dues.Order()], $"page {page}");
            paged.AddRange(items.Select(t => t.GetProperty("id").GetGuid()));
        }

        paged.ShouldBe(allIds);
    }
}

[Collection("sqlite")]
public sealed class SqliteHandOffTests(SqliteApp app) : HandOffTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresHandOffTests(PostgresApp app) : HandOffTests<PostgresApp>(app), IClassFixture<PostgresApp>;
