using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>
/// The summary without a period reads the per-unit counters (ADR 0005); with a period covering everything it counts the
/// tasks themselves. After every kind of change both must agree exactly, on both databases.
/// </summary>
public abstract class TaskCounterTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summary_FromCounters_EqualsExactCount_AfterEveryKindOfChange()
    {
        using var chutich = await app.ClientForAsync("chutich");
        using var admin = await app.ClientForAsync("admin");
        var province = await app.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var stp = await app.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        await AssertAgreeAsync(chutich, [province, snv, stp]);

        var ids = new List<Guid>();
        foreach (var body in new object[]
        {
            new { title = "Rà soát thủ tục nội bộ", leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 3 },
            new { title = "Báo cáo tình hình né tránh trách nhiệm", leadUnitId = snv, coordinatingUnitIds = new[] { stp }, dueDate = "2026-02-05" },
            new { title = "Nhiệm vụ thường xuyên: tiếp nhận phản ánh", leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>() },
            new { title = "Thẩm định văn bản", leadUnitId = stp, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10 },
            new { title = "Tổng hợp kiến nghị", leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-02-04" },
        })
        {
            var created = await (await chutich.PostAsJsonAsync("/api/v1/tasks", body, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetGuid());
        }

        await AssertAgreeAsync(chutich, [province, snv, stp]);
        using var giamdoc = await app.ClientForAsync("giamdoc.snv");
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{ids[0]}/complete", new { result = "Đã rà soát 42 thủ tục." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await AssertAgreeAsync(chutich, [province, snv, stp]);

        try
        {
            // Past the due dates of two tasks: they become overdue at the end of their last day, without any write.
            await SetClockAsync(admin, "2026-02-06T10:00:00+07:00");
            await AssertAgreeAsync(chutich, [province, snv, stp]);
            var overdue = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/units/{snv}/task-summary?includeDescendants=true", Ct);
            overdue.GetProperty("inProgressOverdue").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

            await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{ids[1]}/complete", new { result = "Đã báo cáo muộn." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{ids[0]}/reopen", new { reason = "Kết quả chưa đạt yêu cầu." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            await AssertAgreeAsync(chutich, [province, snv, stp]);

            await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{ids[4]}/return", new { reason = "Không thuộc thẩm quyền của Sở Nội vụ.", suggestedUnitId = stp }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{ids[4]}/reroute", new { leadUnitId = stp, reason = "Chuyển Sở Tư pháp chủ trì." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            await AssertAgreeAsync(chutich, [province, snv, stp]);
        }
        finally
        {
            await SetClockAsync(admin, KyCuongFactory.DefaultNow.ToString("O"));
        }

        await AssertAgreeAsync(chutich, [province, snv, stp]);
    }

    private static async Task AssertAgreeAsync(HttpClient client, IEnumerable<Guid> units)
    {
        foreach (var unit in units)
        {
            foreach (var descendants in new[] { true, false })
            {
                var fast = await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}/task-summary?includeDescendants={descendants}", Ct);
                var exact = await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}/task-summary?includeDescendants={descendants}&from=1900-01-01&to=2100-12-31", Ct);
                foreach (var field in new[] { "inProgressOnTime", "inProgressOverdue", "doneOnTime", "doneLate", "total" })
                {
                    fast.GetProperty(field).GetInt32().ShouldBe(exact.GetProperty(field).GetInt32(), $"{field} of {unit} (descendants: {descendants})");
                }
            }
        }
    }

    private static async Task SetClockAsync(HttpClient admin, string now) =>
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
}

[Collection("sqlite")]
public sealed class SqliteTaskCounterTests(SqliteApp app) : TaskCounterTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresTaskCounterTests(PostgresApp app) : TaskCounterTests<PostgresApp>(app), IClassFixture<PostgresApp>;
