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
/// docs/domain.md "Evaluation: self-assessment and saved grades" end to end: the person's self-assessment (open until graded), the
/// manager's save with the cap checked first (a refusal is a 409 with the numbers and changes nothing), versions with minutes that
/// keep the figures of their moment, a head never above the unit, a forced grade, and who may read and act. Every figure by hand.
/// </summary>
public abstract class GradingTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private Task<HttpResponseMessage> SelfAsync(string user, Guid userId, object? body = null) =>
        SendAsync(user, body is null ? HttpMethod.Get : HttpMethod.Put, $"/api/v1/users/{userId}/evaluation/2026-Q3/self-assessment", body);

    private Task<HttpResponseMessage> SaveAsync(string user, Guid unitId, object body, string period = "2026-Q3") =>
        SendAsync(user, HttpMethod.Post, $"/api/v1/units/{unitId}/evaluation/{period}/gradings", body);

    private static object Grades(params (Guid UserId, string Grade)[] lines) => new { grades = lines.Select(l => new { userId = l.UserId, grade = l.Grade }).ToArray() };

    private static JsonElement Line(JsonElement minutes, Guid userId) =>
        minutes.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("userId").GetGuid() == userId);

    private async Task<(Guid Id, string Name)> NewSpecialistAsync(Guid unitId)
    {
        using var admin = await App.ClientForAsync("admin");
        var name = $"cv2.{Guid.NewGuid().ToString("N")[..8]}";
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = name, fullName = "Chuyên viên thứ hai", password = AppFixture.DemoPassword, unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), name);
    }

    /// <summary>One task due 14/8, completed 10/8 and met: a = b = c = 1 → 70 task points; the manager adds the general points.</summary>
    private async Task OneGoodTaskAsync(string assigner, Guid unitId, Guid userId, string user, decimal general, string title)
    {
        await SetClockAsync(Vn(2026, 8, 3));
        var t = await CreateTaskAsync(assigner, unitId, userId, "2026-08-14", title);
        await SetClockAsync(Vn(2026, 8, 10));
        await (await SendAsync(user, HttpMethod.Post, $"/api/v1/tasks/{t}/complete", new { result = "Đã hoàn thành." })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await SendAsync(assigner, HttpMethod.Post, $"/api/v1/tasks/{t}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await SendAsync(assigner, HttpMethod.Put, $"/api/v1/users/{userId}/evaluation/2026-Q3/general", new { points = general })).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Quarter_SelfAssessment_CapBeforeSaving_Versions_Minutes()
    {
        var (unitId, tpId, cvId, cv, tp) = await NewUnitAsync(Snv);
        var (cv2Id, cv2) = await NewSpecialistAsync(unitId);
        try
        {
            // cv: 70 + 25 = 95 → "xuất sắc" by points; cv2: 70 + 15 = 85 → "tốt".
            await OneGoodTaskAsync(tp, unitId, cvId, cv, 25, "Báo cáo biên chế quý III");
            await OneGoodTaskAsync(tp, unitId, cv2Id, cv2, 15, "Tờ trình kiện toàn tổ chức");
            await SetClockAsync(Vn(2026, 10, 2));

            // cv writes a self-assessment, proposing "xuất sắc"; rewriting it before the grading replaces it.
            await (await SelfAsync(cv, cvId, new { text = "Hoàn thành 1/1 nhiệm vụ đúng hạn.", proposedGrade = "good" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            var self = await (await SelfAsync(cv, cvId, new { text = "Hoàn thành 1/1 nhiệm vụ trước hạn 4 ngày.", proposedGrade = "excellent" }))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            self.GetProperty("proposedGrade").GetString().ShouldBe("excellent");
            self.GetProperty("locked").GetBoolean().ShouldBeFalse();
            self.GetProperty("saved").ValueKind.ShouldBe(JsonValueKind.Null);
            (await (await SelfAsync(tp, cvId)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("text").GetString().ShouldBe("Hoàn thành 1/1 nhiệm vụ trước hạn 4 ngày.");

            // The cap runs before saving: 1 "xuất sắc" with 1 "tốt" → 20 % of 1 = 0.2 → 0 allowed. Refused with the numbers; nothing saved.
            var refused = await (await SaveAsync(tp, unitId, Grades((cvId, "excellent"), (cv2Id, "good")))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            refused.GetProperty("code").GetString().ShouldBe("evaluation.capExceeded");
            refused.GetProperty("allowed").GetInt32().ShouldBe(0);
            refused.GetProperty("proposed").GetInt32().ShouldBe(1);
            (await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q3/gradings")).ShouldBeJsonAsync(HttpStatusCode.OK))
                .GetProperty("versions").GetArrayLength().ShouldBe(0);
            // At 25 % (outstanding body) 1 "tốt" still allows 0.
            (await (await SaveAsync(tp, unitId, new { grades = new[] { new { userId = cvId, grade = "excellent" }, new { userId = cv2Id, grade = "good" } }, outstandingBody = true }))
                .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("allowed").GetInt32().ShouldBe(0);

            // The head never grades themself: their row is the unit above's.
            await (await SaveAsync(tp, unitId, Grades((cvId, "good"), (tpId, "good")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

            // Version 1: both "tốt". The minutes keep the figures of the moment: score, grade by points, self-proposed grade, final grade.
            var v1 = await (await SaveAsync(tp, unitId, new { grades = new[] { new { userId = cvId, grade = "good" }, new { userId = cv2Id, grade = "good" } }, note = "Họp xét ngày 02/10/2026." }))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            v1.GetProperty("version").GetInt32().ShouldBe(1);
            v1.GetProperty("period").GetString().ShouldBe("2026-Q3");
            v1.GetProperty("savedByName").GetString().ShouldBe("Trưởng phòng thử");
            v1.GetProperty("counts").GetProperty("good").GetInt32().ShouldBe(2);
            v1.GetProperty("counts").GetProperty("ungraded").GetInt32().ShouldBe(1);
            v1.GetProperty("maxExcellent").GetInt32().ShouldBe(0);
            var cvLine = Line(v1, cvId);
            cvLine.GetProperty("total").GetDecimal().ShouldBe(95m);
            cvLine.GetProperty("proposedGrade").GetString().ShouldBe("excellent");
            cvLine.GetProperty("selfGrade").GetString().ShouldBe("excellent");
            cvLine.GetProperty("finalGrade").GetString().ShouldBe("good");
            Line(v1, cv2Id).GetProperty("total").GetDecimal().ShouldBe(85m);
            Line(v1, cv2Id).GetProperty("selfGrade").ValueKind.ShouldBe(JsonValueKind.Null);
            Line(v1, tpId).GetProperty("head").GetBoolean().ShouldBeTrue();
            Line(v1, tpId).GetProperty("finalGrade").ValueKind.ShouldBe(JsonValueKind.Null);

            // Once graded, the self-assessment is closed and the person reads the saved grade.
            (await (await SelfAsync(cv, cvId, new { text = "Sửa lại.", proposedGrade = "good" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("evaluation.selfAssessmentLocked");
            self = await (await SelfAsync(cv, cvId)).ShouldBeJsonAsync(HttpStatusCode.OK);
            self.GetProperty("locked").GetBoolean().ShouldBeTrue();
            self.GetProperty("proposedGrade").GetString().ShouldBe("excellent");
            self.GetProperty("saved").GetProperty("grade").GetString().ShouldBe("good");
            self.GetProperty("saved").GetProperty("version").GetInt32().ShouldBe(1);

            // The director grades the head too. The unit is "hoàn thành": a head "tốt" is above it → refused, figures given.
            var above = await (await SaveAsync("giamdoc.snv", unitId, new { grades = new[] { new { userId = tpId, grade = "good" } }, unitGrade = "completed" }))
                .ShouldBeProblemAsync(HttpStatusCode.Conflict);
            above.GetProperty("code").GetString().ShouldBe("evaluation.headAboveUnit");
            above.GetProperty("headGrade").GetString().ShouldBe("good");

            // After general points change, version 2 records the new figures; version 1 stays as it was.
            await (await SendAsync(tp, HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2026-Q3/general", new { points = 10 })).ShouldBeJsonAsync(HttpStatusCode.OK);
            var v2 = await (await SaveAsync("giamdoc.snv", unitId, new
            {
                grades = new[] { new { userId = tpId, grade = "completed" }, new { userId = cvId, grade = "good" }, new { userId = cv2Id, grade = "good" } },
                unitGrade = "completed",
            })).ShouldBeJsonAsync(HttpStatusCode.Created);
            v2.GetProperty("version").GetInt32().ShouldBe(2);
            v2.GetProperty("unitGrade").GetString().ShouldBe("completed");
            Line(v2, cvId).GetProperty("total").GetDecimal().ShouldBe(80m);
            Line(v2, cvId).GetProperty("proposedGrade").GetString().ShouldBe("good");
            Line(v2, tpId).GetProperty("finalGrade").GetString().ShouldBe("completed");
            var versions = await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q3/gradings")).ShouldBeJsonAsync(HttpStatusCode.OK);
            versions.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
            var old = await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/evaluation/gradings/{v1.GetProperty("id").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            Line(old, cvId).GetProperty("total").GetDecimal().ShouldBe(95m);
            Line(old, tpId).GetProperty("finalGrade").ValueKind.ShouldBe(JsonValueKind.Null);
            (await (await SelfAsync(cv, cvId)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("saved").GetProperty("version").GetInt32().ShouldBe(2);

            // A reprimand in the year forces cv2 to "không hoàn thành": saving anything else is refused.
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/users/{cv2Id}/discipline",
                new { form = "reprimand", decisionNumber = "125/QĐ-SNV", date = "2026-09-15", reason = "Vi phạm quy chế làm việc." })).ShouldBeJsonAsync(HttpStatusCode.Created);
            (await (await SaveAsync(tp, unitId, Grades((cv2Id, "good")))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()
                .ShouldBe("evaluation.forcedGrade");
            (await (await SaveAsync(tp, unitId, Grades((cv2Id, "notCompleted")))).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32().ShouldBe(3);

            // Audited, by their authors.
            using var scope = App.Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityType == "evaluation" && a.Action == "selfAssessed" && a.EntityId == cvId, Ct)).ShouldBe(2);
            var saved = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "evaluation" && a.Action == "gradesSaved" && a.EntityId == v1.GetProperty("id").GetGuid())
                .ToListAsync(Ct);
            saved.Single().ActorName.ShouldBe(tp);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Access_OwnSelfAssessment_UnitsMinutes_AnotherUnitGets404()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        var (cv2Id, cv2) = await NewSpecialistAsync(unitId);
        await (await SelfAsync(cv, cvId, new { text = "Tự nhận xét.", proposedGrade = "good" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        // Only the person writes it; their manager reads it (403 on writing); a peer and another body's managers do not even see it.
        await (await SelfAsync(tp, cvId, new { text = "Viết hộ.", proposedGrade = "excellent" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        foreach (var stranger in new[] { cv2, "giamdoc.sct", "chuyenvien" })
        {
            await (await SelfAsync(stranger, cvId)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SelfAsync(stranger, cvId, new { text = "x", proposedGrade = "good" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var v1 = await (await SaveAsync(tp, unitId, Grades((cvId, "good")))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var minutes = $"/api/v1/evaluation/gradings/{v1.GetProperty("id").GetGuid()}";

        // Minutes and versions: the unit's managers and the personnel office; the people graded read only their own grade.
        foreach (var reader in new[] { tp, "giamdoc.snv", "theodoi", "admin" })
        {
            (await SendAsync(reader, HttpMethod.Get, minutes)).StatusCode.ShouldBe(HttpStatusCode.OK, reader);
        }

        foreach (var stranger in new[] { cv, cv2, "giamdoc.sct", "chuyenvien" })
        {
            await (await SendAsync(stranger, HttpMethod.Get, minutes)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SendAsync(stranger, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q3/gradings")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SaveAsync(stranger, unitId, Grades((cv2Id, "good")))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        // The personnel office reads but does not grade.
        await (await SaveAsync("theodoi", unitId, Grades((cv2Id, "good")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await SelfAsync(cv2, cv2Id)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("saved").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task BadInput_Is400_AndChangesNothing()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { text = "", proposedGrade = "good" }, "text"), (new { text = "Nhận xét.", proposedGrade = "best" }, "proposedGrade"),
                     (new { text = new string('a', 8001), proposedGrade = "good" }, "text"),
                 })
        {
            (await (await SelfAsync(cv, cvId, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        await (await SendAsync(cv, HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2026-Q9/self-assessment", new { text = "x", proposedGrade = "good" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await (await SelfAsync(cv, cvId)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("text").ValueKind.ShouldBe(JsonValueKind.Null);

        var outsider = (await NewUnitAsync(Snv)).SpecialistId;
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { grades = Array.Empty<object>() }, "grades"), (new { }, "grades"),
                     (Grades((cvId, "best")), "grades[0].grade"), (Grades((outsider, "good")), "grades[0].userId"),
                     (Grades((cvId, "good"), (cvId, "good")), "grades[1].userId"), (new { grades = new[] { new { grade = "good" } } }, "grades[0].userId"),
                     (new { grades = new[] { new { userId = cvId, grade = "good" } }, unitGrade = "top" }, "unitGrade"),
                 })
        {
            (await (await SaveAsync(tp, unitId, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _)
                .ShouldBeTrue(field);
        }

        await (await SaveAsync(tp, unitId, Grades((cvId, "good")), "2026-13")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q3/gradings")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("versions").GetArrayLength().ShouldBe(0);
        await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/evaluation/gradings/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection("sqlite")]
public sealed class SqliteGradingTests(SqliteApp app) : GradingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresGradingTests(PostgresApp app) : GradingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
