using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>
/// ADR 0003 "The office acts for its body": people in a unit of kind office act, as monitor or clerk, on the subtree of the
/// office's parent (Văn phòng UBND tỉnh chases and registers for the whole province), and nowhere else; their other roles are
/// not widened; a monitor of an ordinary division is not widened. And the focal unit (đầu mối theo dõi) of a direction: its
/// monitors follow the directive's whole cascade — read and chase, never complete.
/// </summary>
public abstract class OfficeScopeTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Province = "Ủy ban nhân dân tỉnh An Giang";
    private const string ProvinceOffice = "Văn phòng Ủy ban nhân dân tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Upper-case letters only, as a document symbol's part must be.</summary>
    private static string Symbol() => string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));

    private async Task<(Guid Id, string UserName)> PersonAsync(string unitName, params string[] roles)
    {
        var userName = "scope." + Suffix();
        using var admin = await app.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, fullName = "Trần Văn Phạm Vi " + userName[^4..], password = AppFixture.DemoPassword, unitId = await app.UnitIdAsync(unitName),
            position = "Chuyên viên", roles,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), userName);
    }

    private async Task<Guid> TaskAsync(string assigner, string leadUnit, string title, Guid? parentTaskId = null)
    {
        using var client = await app.ClientForAsync(assigner);
        var created = await (await client.PostAsJsonAsync("/api/v1/tasks", new
        {
            title, leadUnitId = await app.UnitIdAsync(leadUnit), coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10, parentTaskId,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static object Incoming(string numberSymbol, Guid? registeringUnitId = null) => new
    {
        direction = "incoming", issuer = "Bộ Công Thương", numberSymbol, date = "2026-01-30", type = "Công văn",
        subject = "Về việc thử phạm vi của văn phòng", registeringUnitId,
    };

    [Fact]
    public async Task OfficeMonitor_ReadsAndChasesSiblingDepartment_NotAnotherProvince_CannotHandle()
    {
        var monitor = await PersonAsync(ProvinceOffice, "monitor");
        var sctTitle = "Rà soát điểm bán lẻ xăng dầu " + Suffix();
        var sctTask = await TaskAsync("chutich", Sct, sctTitle);
        var laiChauTask = await TaskAsync("admin", "Ủy ban nhân dân tỉnh Lai Châu", "Nhiệm vụ của tỉnh khác " + Suffix());
        using var client = await app.ClientForAsync(monitor.UserName);

        (await (await client.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid().ShouldBe(sctTask);
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?mine=false&unitId={await app.UnitIdAsync(Sct)}&q={Uri.EscapeDataString(sctTitle)}", Ct);
        listed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(sctTask);
        (await (await client.PostAsJsonAsync($"/api/v1/tasks/{sctTask}/reminders", new { note = "Đề nghị báo cáo tiến độ." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("count").GetInt32().ShouldBeGreaterThan(0);

        // Chasing is not handling: the monitor never completes a department's task.
        await (await client.PostAsJsonAsync($"/api/v1/tasks/{sctTask}/complete", new { result = "Đã xong." }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // Outside the office's body: another province's task does not exist for them.
        await (await client.GetAsync($"/api/v1/tasks/{laiChauTask}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/v1/tasks/{laiChauTask}/reminders", new { note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        var grant = me.GetProperty("grants").EnumerateArray().Single();
        grant.GetProperty("unitId").GetGuid().ShouldBe(await app.UnitIdAsync(Province));
        grant.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("monitor");
    }

    [Fact]
    public async Task OfficeClerk_RegistersForADepartmentOfTheProvince_NotForAnotherProvince()
    {
        var clerk = await PersonAsync(ProvinceOffice, "clerk");
        var sctTask = await TaskAsync("chutich", Sct, "Báo cáo tình hình thị trường " + Suffix());
        using var client = await app.ClientForAsync(clerk.UserName);

        (await client.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var registered = await (await client.PostAsJsonAsync("/api/v1/documents", Incoming($"{Random.Shared.Next(100, 9999)}/BCT-{Symbol()}", await app.UnitIdAsync(Sct)), Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        (await client.GetAsync($"/api/v1/documents/{registered.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Without a unit named, the register is the body's: the province's, kept by its office.
        var own = await (await client.PostAsJsonAsync("/api/v1/documents", Incoming($"{Random.Shared.Next(100, 9999)}/BCT-{Symbol()}"), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var admin = await app.ClientForAsync("admin");
        var details = await (await admin.GetAsync($"/api/v1/documents/{own.GetProperty("id").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("registeringUnitName").GetString().ShouldBe(Province);

        await (await client.PostAsJsonAsync("/api/v1/documents", Incoming($"{Random.Shared.Next(100, 9999)}/BCT-{Symbol()}", await app.UnitIdAsync("Ủy ban nhân dân tỉnh Lai Châu")), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OfficePersonWithAnotherRole_OnlyMonitorIsWidened_DivisionMonitorIsNot()
    {
        // A deputy head of the office who also monitors: chasing covers the province, leading stays inside the office.
        var deputy = await PersonAsync(ProvinceOffice, "deputyLeader", "monitor");
        var sctTask = await TaskAsync("chutich", Sct, "Kiểm tra an toàn thực phẩm " + Suffix());
        using (var client = await app.ClientForAsync(deputy.UserName))
        {
            (await client.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await (await client.PostAsJsonAsync($"/api/v1/tasks/{sctTask}/progress", new { note = "Đang làm.", percent = 10 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Giao việc vượt phạm vi", leadUnitId = await app.UnitIdAsync(Sct), coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Việc của văn phòng", leadUnitId = await app.UnitIdAsync(ProvinceOffice), coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        // A monitor of an ordinary division (Phòng Cải cách hành chính) chases only inside the division: a sibling division's task is not found.
        var divisionMonitor = await PersonAsync("Phòng Cải cách hành chính", "monitor");
        var siblingTask = await TaskAsync("giamdoc.snv", "Phòng Tổ chức, biên chế", "Rà soát biên chế " + Suffix());
        using var division = await app.ClientForAsync(divisionMonitor.UserName);
        await (await division.GetAsync($"/api/v1/tasks/{siblingTask}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await division.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await division.PostAsJsonAsync($"/api/v1/tasks/{siblingTask}/reminders", new { note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DepartmentOffice_ActsForItsDepartmentOnly()
    {
        using var admin = await app.ClientForAsync("admin");
        var name = "Văn phòng Sở Nội vụ " + Suffix();
        var snv = await app.UnitIdAsync(Snv);
        await (await admin.PostAsJsonAsync("/api/v1/units", new { name, shortName = "VP", kind = "office", parentId = snv, validFrom = "2026-01-01" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var monitor = await PersonAsync(name, "monitor");
        var insideTask = await TaskAsync("giamdoc.snv", "Phòng Cải cách hành chính", "Thẩm định đề án vị trí việc làm " + Suffix());
        var sctTask = await TaskAsync("chutich", Sct, "Việc của sở khác " + Suffix());
        using var client = await app.ClientForAsync(monitor.UserName);
        (await client.GetAsync($"/api/v1/tasks/{insideTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync($"/api/v1/tasks/{insideTask}/reminders", new { note = "Đề nghị khẩn trương." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await client.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FocalUnitMonitors_FollowTheWholeCascade_ReadAndChase_CannotComplete()
    {
        var snvMonitor = await PersonAsync(Snv, "monitor");
        using var clerk = await app.ClientForAsync("vanthu");
        using var chairman = await app.ClientForAsync("chutich");
        var sct = await app.UnitIdAsync(Sct);
        var snv = await app.UnitIdAsync(Snv);

        async Task<(Guid Document, Guid Task)> DirectedAsync(Guid? focalUnitId)
        {
            var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", Incoming($"{Random.Shared.Next(100, 9999)}/BCT-{Symbol()}"), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            var id = doc.GetProperty("id").GetGuid();
            var directed = await (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = sct, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10, focalUnitId }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            if (focalUnitId is { } f)
            {
                directed.GetProperty("focalUnitId").GetGuid().ShouldBe(f);
            }

            return (id, directed.GetProperty("tasks")[0].GetProperty("id").GetGuid());
        }

        var unfollowed = await DirectedAsync(null);
        var followed = await DirectedAsync(snv);
        var details = await (await chairman.GetAsync($"/api/v1/documents/{followed.Document}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("direction").GetProperty("focalUnitId").GetGuid().ShouldBe(snv);
        details.GetProperty("direction").GetProperty("focalUnitName").GetString().ShouldBe(Snv);

        // One level down: the department assigns its own implementing task under the directive's; it stays in the followed cascade.
        var childTitle = "Kế hoạch triển khai của Sở Công Thương " + Suffix();
        var child = await TaskAsync("giamdoc.sct", Sct, childTitle, followed.Task);

        using var client = await app.ClientForAsync(snvMonitor.UserName);
        await (await client.GetAsync($"/api/v1/tasks/{unfollowed.Task}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/documents/{unfollowed.Document}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        foreach (var task in new[] { followed.Task, child })
        {
            (await client.GetAsync($"/api/v1/tasks/{task}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await (await client.PostAsJsonAsync($"/api/v1/tasks/{task}/reminders", new { note = "Đầu mối theo dõi đề nghị báo cáo." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            await (await client.PostAsJsonAsync($"/api/v1/tasks/{task}/complete", new { result = "Xong." }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await client.GetAsync($"/api/v1/documents/{followed.Document}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?mine=false&q={Uri.EscapeDataString(childTitle)}", Ct);
        listed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(child);

        // A specialist of the focal unit is not a monitor: the cascade stays hidden from them.
        using var specialist = await app.ClientForAsync("chuyenvien.tcbc");
        await (await specialist.GetAsync($"/api/v1/tasks/{followed.Task}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Direction_UnknownFocalUnit_400_AndNothingDirected()
    {
        using var clerk = await app.ClientForAsync("vanthu");
        using var chairman = await app.ClientForAsync("chutich");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", Incoming($"{Random.Shared.Next(100, 9999)}/BCT-{Symbol()}"), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = doc.GetProperty("id").GetGuid();
        var problem = await (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction",
            new { leadUnitId = await app.UnitIdAsync(Sct), coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10, focalUnitId = Guid.NewGuid() }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("focalUnitId", out _).ShouldBeTrue();
        var details = await (await chairman.GetAsync($"/api/v1/documents/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("direction").ValueKind.ShouldBe(JsonValueKind.Null);
        details.GetProperty("tasks").GetArrayLength().ShouldBe(0);
    }
}

[Collection("sqlite")]
public sealed class SqliteOfficeScopeTests(SqliteApp app) : OfficeScopeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresOfficeScopeTests(PostgresApp app) : OfficeScopeTests<PostgresApp>(app), IClassFixture<PostgresApp>;
