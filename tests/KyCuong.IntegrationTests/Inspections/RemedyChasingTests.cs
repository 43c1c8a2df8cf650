using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>
/// A remedy required by a conclusion is chased by the same deadline engine as every task (docs/domain.md "Checks of official
/// duties", §6): once its deadline has passed, the checked unit's head is told it is overdue. Its own class (and database),
/// since it moves the clock.
/// </summary>
public abstract class RemedyChasingTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> PostAsync(string user, string url, object body, HttpStatusCode expected)
    {
        using var client = await app.ClientForAsync(user);
        return await (await client.PostAsJsonAsync(url, body, Ct)).ShouldBeJsonAsync(expected);
    }

    [Fact]
    public async Task RemedyPastItsDeadline_ChasedAsOverdue()
    {
        var stp = await app.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        Guid thanhtra;
        using (var client = await app.ClientForAsync("thanhtra"))
        {
            thanhtra = (await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
        }

        var id = (await PostAsync("chutich", "/api/v1/inspections", new
        {
            title = "Kiểm tra công vụ tại Sở Tư pháp", checkedUnitIds = new[] { stp }, surprise = true, plannedStart = "2026-02-03", teamUserIds = new[] { thanhtra },
            topics = Array.Empty<string>(),
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { }, HttpStatusCode.OK);
        await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId = stp, text = "Sổ theo dõi hồ sơ không cập nhật." }, HttpStatusCode.Created);
        var concluded = await PostAsync("chutich", $"/api/v1/inspections/{id}/conclusion", new
        {
            text = "Cập nhật sổ theo dõi.", remedies = new[] { new { unitId = stp, text = "Cập nhật đầy đủ sổ theo dõi hồ sơ", workingDays = 15 } },
        }, HttpStatusCode.OK);
        var taskId = concluded.GetProperty("remedies")[0].GetProperty("taskId").GetGuid();

        using var admin = await app.ClientForAsync("admin");
        // The day after the deadline (Tue 3 Mar 2026), Vietnam time.
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = "2026-03-04T09:00:00+07:00" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var director = await app.ClientForAsync("giamdoc.stp");
        var inbox = await director.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=100", Ct);
        inbox.GetProperty("items").EnumerateArray()
            .Any(n => n.GetProperty("category").GetString() == "overdue" && (n.GetProperty("link").GetString() ?? "").Contains(taskId.ToString(), StringComparison.Ordinal))
            .ShouldBeTrue(inbox.ToString());
    }
}

[Collection("sqlite")]
public sealed class SqliteRemedyChasingTests(SqliteApp app) : RemedyChasingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresRemedyChasingTests(PostgresApp app) : RemedyChasingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
