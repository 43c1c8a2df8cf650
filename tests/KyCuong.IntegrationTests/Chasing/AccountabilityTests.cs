using System.Net;
using System.Net.Http.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Chasing;

/// <summary>Manual reminders count against the answerable person; the third raises the transfer-review flag (docs/domain.md §10).</summary>
public abstract class AccountabilityTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    [Fact]
    public async Task Remind_ThreeTimes_CountGrowsAndFlagRaised_ClearWithReasonAudited()
    {
        var (unitId, _, specialistId, specialist, leader) = await NewUnitAsync("Sở Nội vụ tỉnh An Giang");
        var id = await CreateTaskAsync("chutich", unitId, specialistId, "2026-02-27", "Rà soát vị trí việc làm");
        using var theodoi = await App.ClientForAsync("theodoi");
        for (var i = 1; i <= 3; i++)
        {
            var r = await (await theodoi.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = $"Đề nghị báo cáo tiến độ (lần {i})." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            r.GetProperty("count").GetInt32().ShouldBe(i);
            if (i < 3)
            {
                var mid = await (await theodoi.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
                mid.GetProperty("transferReviewFlag").GetBoolean().ShouldBeFalse();
            }
        }

        var acc = await (await theodoi.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        acc.GetProperty("remindersReceived").GetInt32().ShouldBe(3);
        acc.GetProperty("transferReviewFlag").GetBoolean().ShouldBeTrue();
        acc.GetProperty("threshold").GetInt32().ShouldBe(3);
        acc.GetProperty("flaggedAt").GetString().ShouldNotBeNull();
        acc.GetProperty("reminders").GetArrayLength().ShouldBe(3);
        acc.GetProperty("flags").GetArrayLength().ShouldBe(1);
        acc.GetProperty("returns").GetInt32().ShouldBe(0);
        acc.GetProperty("extensions").GetInt32().ShouldBe(0);
        (await OutboxCountAsync("chase-flag:")).ShouldBeGreaterThan(0);

        // The person sees their own record; an outsider in another branch does not.
        using var self = await App.ClientForAsync(specialist);
        (await self.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var outsider = await App.ClientForAsync("giamdoc.sct");
        await (await outsider.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.PostAsJsonAsync($"/api/v1/users/{specialistId}/accountability/clear-flag", new { reason = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Clearing: the reason is required; the person cannot clear their own flag; the unit head can.
        using var head = await App.ClientForAsync(leader);
        await (await head.PostAsJsonAsync($"/api/v1/users/{specialistId}/accountability/clear-flag", new { reason = " " }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await self.PostAsJsonAsync($"/api/v1/users/{specialistId}/accountability/clear-flag", new { reason = "Tự gỡ" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await head.PostAsJsonAsync($"/api/v1/users/{specialistId}/accountability/clear-flag", new { reason = "Đã kiểm điểm, khắc phục chậm trễ." }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cleared = await (await head.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        cleared.GetProperty("transferReviewFlag").GetBoolean().ShouldBeFalse();
        cleared.GetProperty("remindersReceived").GetInt32().ShouldBe(3);
        cleared.GetProperty("flags")[0].GetProperty("clearReason").GetString().ShouldBe("Đã kiểm điểm, khắc phục chậm trễ.");
        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.AuditEntries.CountAsync(a => a.EntityId == specialistId && a.Action == "chasing.flagCleared", Ct)).ShouldBe(1);
            (await db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == "chasing.manualReminder", Ct)).ShouldBe(3);
        }

        await (await head.PostAsJsonAsync($"/api/v1/users/{specialistId}/accountability/clear-flag", new { reason = "lần hai" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // A fourth reminder counts on (4 in all) but starts the count since clearing again: no new flag.
        var fourth = await (await theodoi.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = (string?)null }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        fourth.GetProperty("count").GetInt32().ShouldBe(4);
        fourth.GetProperty("transferReviewFlag").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Remind_Refusals_404Outside_403WithoutRight_400LongNote_409Completed()
    {
        var (unitId, _, specialistId, specialist, _) = await NewUnitAsync("Sở Nội vụ tỉnh An Giang");
        var id = await CreateTaskAsync("chutich", unitId, specialistId, "2026-02-27", "Xây dựng kế hoạch đào tạo");
        using var outsider = await App.ClientForAsync("giamdoc.sct");
        await (await outsider.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.PostAsJsonAsync($"/api/v1/tasks/{Guid.NewGuid()}/reminders", new { note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var self = await App.ClientForAsync(specialist);
        await (await self.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var theodoi = await App.ClientForAsync("theodoi");
        var problem = await (await theodoi.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = new string('a', 2001) }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("note", out _).ShouldBeTrue();
        (await (await self.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("remindersReceived").GetInt32().ShouldBe(0);

        (await self.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã ban hành kế hoạch." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await (await theodoi.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        done.GetProperty("code").GetString().ShouldBe("task.alreadyCompleted");
    }

    [Fact]
    public async Task Ladder_GetDefaultsAndPut_AdminOnly_Validated_Audited()
    {
        var (unitId, _, _, specialist, leader) = await NewUnitAsync("Sở Công Thương tỉnh An Giang");
        using var admin = await App.ClientForAsync("admin");
        var inherited = await (await admin.GetAsync($"/api/v1/units/{unitId}/reminder-ladder", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        inherited.GetProperty("transferThreshold").GetInt32().ShouldBe(3);
        inherited.GetProperty("sendAt").GetString().ShouldBe("08:00");
        inherited.GetProperty("definedOnUnitId").GetGuid().ShouldBe(await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang"));

        using var head = await App.ClientForAsync(leader);
        var body = new { beforeDays = new[] { 3, 1, 0 }, overdueEveryDays = 2, escalateHeadFromStep = 1, escalateMonitorFromStep = 3, sendAt = "08:30", workStart = "07:00", workEnd = "17:00", transferThreshold = 5, nearDueDays = 3 };
        await (await head.PutAsJsonAsync($"/api/v1/units/{unitId}/reminder-ladder", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var outsider = await App.ClientForAsync("giamdoc.stp");
        await (await outsider.GetAsync($"/api/v1/units/{unitId}/reminder-ladder", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsJsonAsync($"/api/v1/units/{unitId}/reminder-ladder", body with { sendAt = "25:00" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PutAsJsonAsync($"/api/v1/units/{unitId}/reminder-ladder", body with { transferThreshold = 0 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var saved = await (await admin.PutAsJsonAsync($"/api/v1/units/{unitId}/reminder-ladder", body, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        saved.GetProperty("definedOnUnitId").GetGuid().ShouldBe(unitId);
        var read = await (await head.GetAsync($"/api/v1/units/{unitId}/reminder-ladder", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.GetProperty("beforeDays").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([3, 1, 0]);
        read.GetProperty("transferThreshold").GetInt32().ShouldBe(5);
        read.GetProperty("sendAt").GetString().ShouldBe("08:30");
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.CountAsync(a => a.EntityId == unitId && a.Action == "chasing.ladderSaved", Ct)).ShouldBe(1);

        // The person's threshold now follows the ladder of their unit.
        var specialistId = await UserIdAsync(specialist);
        var acc = await (await head.GetAsync($"/api/v1/users/{specialistId}/accountability", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        acc.GetProperty("threshold").GetInt32().ShouldBe(5);
    }
}

[Collection("sqlite")]
public sealed class SqliteAccountabilityTests(SqliteApp app) : AccountabilityTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresAccountabilityTests(PostgresApp app) : AccountabilityTests<PostgresApp>(app), IClassFixture<PostgresApp>;
