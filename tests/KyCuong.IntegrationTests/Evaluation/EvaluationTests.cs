using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation" end to end: a quarter of real tasks (an extension the superior decided late, a late completion with a
/// major error) turned into a, b, c, points and a grade; the manager's general points; a discipline forcing the year; the unit
/// table with its cap check; and who may see and do what. Every figure by hand.
/// </summary>
public abstract class EvaluationTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<JsonElement> PostAsync(string user, string url, object body, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = await App.ClientForAsync(user);
        return await (await client.PostAsJsonAsync(url, body, Ct)).ShouldBeJsonAsync(status);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private async Task<HttpResponseMessage> PutGeneralAsync(string user, Guid userId, string period, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PutAsJsonAsync($"/api/v1/users/{userId}/evaluation/{period}/general", body, Ct);
    }

    private async Task<string> NewSpecialistAsync(Guid unitId)
    {
        using var admin = await App.ClientForAsync("admin");
        var name = $"cv2.{Guid.NewGuid().ToString("N")[..8]}";
        await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = name, fullName = "Chuyên viên cùng phòng", password = AppFixture.DemoPassword, unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return name;
    }

    private static JsonElement Product(JsonElement evaluation, Guid taskId) =>
        evaluation.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("taskId").GetGuid() == taskId);

    [Fact]
    public async Task Quarter_FromTasksToGrades_TheSuperiorsDelayIsNotTheHolders()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        try
        {
            // Task 1, due Fri 14/8: cv asks for an extension on 13/8; tp decides only on 18/8 (new due 25/8); cv completes on 20/8.
            await SetClockAsync(Vn(2026, 8, 3));
            var t1 = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Báo cáo rà soát vị trí việc làm quý III");
            var t2 = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Tờ trình kiện toàn tổ chức phòng");
            await SetClockAsync(Vn(2026, 8, 13, 10));
            var ext = await PostAsync(cv, $"/api/v1/tasks/{t1}/extensions", new { reason = "Chờ số liệu của các xã gửi về.", newDueDate = "2026-08-25" }, HttpStatusCode.Created);
            await SetClockAsync(Vn(2026, 8, 17, 10));
            // Task 2: no extension, completed on 17/8 (days 15, 16, 17 late: one missed deadline), reviewed with a major error.
            await PostAsync(cv, $"/api/v1/tasks/{t2}/complete", new { result = "Đã trình Tờ trình số 45/TTr-SNV." });
            await SetClockAsync(Vn(2026, 8, 18, 10));
            await PostAsync(tp, $"/api/v1/tasks/{t1}/extensions/{ext.GetProperty("id").GetGuid()}/decision", new { approve = true, note = "Đồng ý." });
            await PostAsync(tp, $"/api/v1/tasks/{t2}/review", new { quality = "met", majorError = true, note = "Sai căn cứ pháp lý ở mục 2." });
            await SetClockAsync(Vn(2026, 8, 20, 10));
            await PostAsync(cv, $"/api/v1/tasks/{t1}/complete", new { result = "Đã gửi Báo cáo số 210/BC-SNV." });
            await SetClockAsync(Vn(2026, 8, 21, 10));
            await PostAsync(tp, $"/api/v1/tasks/{t1}/review", new { quality = "met" });
            await SetClockAsync(Vn(2026, 10, 2));

            // a = 2/2 = 1; b = (1 + 0.75)/2 = 0.875; c = (1 + 0.75)/2 = 0.875; score = 2.75/3 = 0.9167; points = 0.91666… × 70 = 64.17.
            var q3 = await (await GetAsync(cv, $"/api/v1/users/{cvId}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            q3.GetProperty("period").GetString().ShouldBe("2026-Q3");
            q3.GetProperty("assigned").GetInt32().ShouldBe(2);
            q3.GetProperty("completed").GetInt32().ShouldBe(2);
            q3.GetProperty("quantity").GetDecimal().ShouldBe(1m);
            q3.GetProperty("quality").GetDecimal().ShouldBe(0.875m);
            q3.GetProperty("progress").GetDecimal().ShouldBe(0.875m);
            q3.GetProperty("taskPercent").GetDecimal().ShouldBe(0.9167m);
            q3.GetProperty("taskPoints").GetDecimal().ShouldBe(64.17m);
            q3.GetProperty("generalPoints").ValueKind.ShouldBe(JsonValueKind.Null);
            q3.GetProperty("total").GetDecimal().ShouldBe(64.17m);
            q3.GetProperty("grade").GetString().ShouldBe("completed");
            q3.GetProperty("forcedReason").ValueKind.ShouldBe(JsonValueKind.Null);

            // The four days the extension waited past 14/8 (15–18/8) are the superior's: no delay for cv on task 1.
            var p1 = Product(q3, t1);
            p1.GetProperty("delays").GetInt32().ShouldBe(0);
            p1.GetProperty("lateDays").GetInt32().ShouldBe(0);
            p1.GetProperty("othersLateDays").GetInt32().ShouldBe(4);
            p1.GetProperty("progress").GetDecimal().ShouldBe(1m);
            var p2 = Product(q3, t2);
            p2.GetProperty("delays").GetInt32().ShouldBe(1);
            p2.GetProperty("lateDays").GetInt32().ShouldBe(3);
            p2.GetProperty("majorErrors").GetInt32().ShouldBe(1);
            p2.GetProperty("quality").GetDecimal().ShouldBe(0.75m);
            p2.GetProperty("progress").GetDecimal().ShouldBe(0.75m);

            // The manager scores the general criteria: 64.17 + 27 = 91.17 → "xuất sắc"; the year is the average of its scored quarters.
            var general = await (await PutGeneralAsync(tp, cvId, "2026-Q3", new { points = 27, comment = "Chủ động, tận tụy." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            general.GetProperty("points").GetDecimal().ShouldBe(27m);
            q3 = await (await GetAsync("giamdoc.snv", $"/api/v1/users/{cvId}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            q3.GetProperty("total").GetDecimal().ShouldBe(91.17m);
            q3.GetProperty("grade").GetString().ShouldBe("excellent");
            q3.GetProperty("generalComment").GetString().ShouldBe("Chủ động, tận tụy.");
            var year = await (await GetAsync(cv, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            year.GetProperty("total").GetDecimal().ShouldBe(91.17m);
            year.GetProperty("periods").GetArrayLength().ShouldBe(4);
            (await (await GetAsync(cv, $"/api/v1/users/{cvId}/evaluation?period=2026-08")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("assigned").GetInt32().ShouldBe(2);

            // The unit table: one "xuất sắc" with no "tốt" breaks the 20 % cap.
            var unit = await (await GetAsync(tp, $"/api/v1/units/{unitId}/evaluation/2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            unit.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("userId").GetGuid() == cvId).GetProperty("grade").GetString().ShouldBe("excellent");
            unit.GetProperty("counts").GetProperty("excellent").GetInt32().ShouldBe(1);
            unit.GetProperty("maxExcellent").GetInt32().ShouldBe(0);
            unit.GetProperty("capOk").GetBoolean().ShouldBeFalse();

            // A reprimand decided in the year forces "Không hoàn thành" for the quarter and the year, whatever the points.
            var d = await PostAsync(tp, $"/api/v1/users/{cvId}/discipline",
                new { form = "reprimand", decisionNumber = "125/QĐ-SNV", date = "2026-09-15", reason = "Vi phạm quy chế làm việc." }, HttpStatusCode.Created);
            d.GetProperty("form").GetString().ShouldBe("reprimand");
            year = await (await GetAsync(cv, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            year.GetProperty("total").GetDecimal().ShouldBe(91.17m);
            year.GetProperty("grade").GetString().ShouldBe("notCompleted");
            year.GetProperty("forcedReason").GetString()!.ShouldContain("125/QĐ-SNV");
            unit = await (await GetAsync(tp, $"/api/v1/units/{unitId}/evaluation/2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            unit.GetProperty("capOk").GetBoolean().ShouldBeTrue();
            (await (await GetAsync(cv, $"/api/v1/users/{cvId}/evaluation?period=2025")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("forcedReason").ValueKind
                .ShouldBe(JsonValueKind.Null);

            // Both changes are in the audit trail, by their author.
            using var scope = App.Factory.Services.CreateScope();
            var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == "evaluation" && a.EntityId == cvId).ToListAsync(Ct);
            audit.Select(a => a.Action).Order(StringComparer.Ordinal).ShouldBe(["disciplineRecorded", "generalPointsSet"]);
            audit.ShouldAllBe(a => a.ActorName == tp);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Access_ThePerson_TheirManagers_ThePersonnelOffice_NobodyElse()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        var peer = await NewSpecialistAsync(unitId);
        var url = $"/api/v1/users/{cvId}/evaluation?period=2026-Q1";
        foreach (var reader in new[] { cv, tp, "giamdoc.snv", "theodoi", "admin" })
        {
            (await GetAsync(reader, url)).StatusCode.ShouldBe(HttpStatusCode.OK, reader);
        }

        foreach (var stranger in new[] { peer, "giamdoc.sct", "chuyenvien" })
        {
            await (await GetAsync(stranger, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await PutGeneralAsync(stranger, cvId, "2026-Q1", new { points = 20 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await GetAsync(stranger, $"/api/v1/units/{unitId}/evaluation/2026")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        // The person reads but never scores or disciplines themself; a deputy-free head is scored from the unit above.
        await (await PutGeneralAsync(cv, cvId, "2026-Q1", new { points = 30 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var self = await App.ClientForAsync(cv))
        {
            await (await self.PostAsJsonAsync($"/api/v1/users/{cvId}/discipline", new { form = "warning", decisionNumber = "1/QĐ", date = "2026-01-20", reason = "x" }, Ct))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        var tpId = await UserIdAsync(tp);
        await (await PutGeneralAsync(tp, tpId, "2026-Q1", new { points = 30 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PutGeneralAsync("giamdoc.snv", tpId, "2026-Q1", new { points = 28 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await GetAsync(cv, $"/api/v1/units/{unitId}/evaluation/2026")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadInput_Is400_AndChangesNothing()
    {
        var (_, _, cvId, _, tp) = await NewUnitAsync(Snv);
        foreach (var period in new[] { "2026-Q5", "2026-13", "Q1", "2026-1" })
        {
            var bad = await (await GetAsync(tp, $"/api/v1/users/{cvId}/evaluation?period={period}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            bad.GetProperty("errors").TryGetProperty("period", out _).ShouldBeTrue(period);
        }

        (await (await PutGeneralAsync(tp, cvId, "2026-Q1", new { points = 31 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("points", out _).ShouldBeTrue();
        await (await PutGeneralAsync(tp, cvId, "2026-Q1", new { points = -1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PutGeneralAsync(tp, cvId, "2026-Q9", new { points = 20 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var client = await App.ClientForAsync(tp);
        var d = await (await client.PostAsJsonAsync($"/api/v1/users/{cvId}/discipline", new { form = "fine", decisionNumber = "", date = "2099-01-01", reason = "" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "form", "decisionNumber", "date", "reason" })
        {
            d.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        await (await GetAsync(tp, $"/api/v1/units/{Guid.NewGuid()}/evaluation/2026")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var q1 = await (await GetAsync(tp, $"/api/v1/users/{cvId}/evaluation?period=2026-Q1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        q1.GetProperty("generalPoints").ValueKind.ShouldBe(JsonValueKind.Null);
        q1.GetProperty("forcedReason").ValueKind.ShouldBe(JsonValueKind.Null);
        q1.GetProperty("grade").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}

[Collection("sqlite")]
public sealed class SqliteEvaluationTests(SqliteApp app) : EvaluationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresEvaluationTests(PostgresApp app) : EvaluationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
