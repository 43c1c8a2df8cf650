using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Consultations.Contracts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Submissions;

/// <summary>docs/domain.md §9 (submissions, the office's returns, own competence), §8 (consultation results), §11 (the clock stops while it is back with the sender).</summary>
public abstract class SubmissionApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Province = "Ủy ban nhân dân tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<object> BodyAsync(string title, object[]? options = null, int? chosenOptionIndex = null, string? choiceReason = null, string? matterCode = null, Guid? consultationId = null) => new
    {
        title,
        submitterUnitId = await app.UnitIdAsync(Snv),
        toUnitId = await app.UnitIdAsync(Province),
        matterCode,
        legalBasis = "Nghị định 45/2025/NĐ-CP",
        competence = "Thuộc thẩm quyền quyết định của UBND tỉnh.",
        submitterView = "Sở Nội vụ thống nhất với dự thảo.",
        recommendation = "Đề nghị UBND tỉnh xem xét, phê duyệt.",
        options = options ?? [],
        chosenOptionIndex,
        choiceReason,
        consultationId,
    };

    private static async Task<Guid> CreateAsync(HttpClient client, object body)
    {
        var created = await (await client.PostAsJsonAsync("/api/v1/submissions", body, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private static DateTimeOffset Vn(int y, int m, int d) => new(y, m, d, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Create_RequiresBasisCompetenceViewRecommendation_AndAChoiceWithTwoOptions()
    {
        using var director = await app.ClientForAsync("giamdoc.snv");
        var snv = await app.UnitIdAsync(Snv);
        var province = await app.UnitIdAsync(Province);
        var missing = await (await director.PostAsJsonAsync("/api/v1/submissions", new { title = "Thiếu nội dung", submitterUnitId = snv, toUnitId = province }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = missing.GetProperty("errors");
        foreach (var field in new[] { "legalBasis", "competence", "submitterView", "recommendation" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        object[] two = [new { label = "Phương án 1", description = "Giữ nguyên" }, new { label = "Phương án 2", description = "Sáp nhập" }];
        var noChoice = await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Hai phương án", two), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noChoice.GetProperty("errors").TryGetProperty("chosenOptionIndex", out _).ShouldBeTrue();
        noChoice.GetProperty("errors").TryGetProperty("choiceReason", out _).ShouldBeTrue();
        var noReason = await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Hai phương án", two, 1), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noReason.GetProperty("errors").TryGetProperty("choiceReason", out _).ShouldBeTrue();
        await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Hai phương án", two, 5, "Lý do"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await CreateAsync(director, await BodyAsync("Hai phương án", two, 1, "Tiết kiệm biên chế."));
        await CreateAsync(director, await BodyAsync("Một phương án", [new { label = "Phương án duy nhất" }]));

        // A submission goes up, never sideways or down.
        var sideways = await BodyAsync("Sai cấp");
        var stp = await app.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var bad = await (await director.PostAsJsonAsync("/api/v1/submissions", new { title = "Sai cấp", submitterUnitId = snv, toUnitId = stp, legalBasis = "x", competence = "x", submitterView = "x", recommendation = "x" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("toUnitId", out _).ShouldBeTrue();
        sideways.ShouldNotBeNull();
    }

    [Fact]
    public async Task OwnCompetence_IsFlagged_AndShownToTheOffice_WhoReturnsItCitingTheCatalogue_ThenAccepts()
    {
        using var admin = await app.ClientForAsync("admin");
        using var director = await app.ClientForAsync("giamdoc.snv");
        using var office = await app.ClientForAsync("theodoi");
        var snv = await app.UnitIdAsync(Snv);
        var code = $"thu-nghiem.{Guid.NewGuid():N}"[..30];
        (await admin.PostAsJsonAsync("/api/v1/competence/matters", new { code, name = "Kiểm tra nội bộ của Sở", field = "Nội vụ" }, Ct)).EnsureSuccessStatusCode();
        var entry = await (await admin.PostAsJsonAsync("/api/v1/competence/entries", new { matterCode = code, unitId = snv, role = "decides", legalBasis = "Nghị định 45/2025/NĐ-CP" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var entryId = entry.GetProperty("id").GetGuid();

        var created = await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Đề nghị phê duyệt kế hoạch kiểm tra", matterCode: code), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("ownCompetence").GetBoolean().ShouldBeTrue();
        created.GetProperty("ownCompetenceEntry").GetProperty("entryId").GetGuid().ShouldBe(entryId);
        var id = created.GetProperty("id").GetGuid();

        // Drafts are the sender's: the office does not see them yet.
        await (await office.GetAsync($"/api/v1/submissions/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await director.PostAsync($"/api/v1/submissions/{id}/submit", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("submitted");
        await (await director.PostAsync($"/api/v1/submissions/{id}/submit", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var queue = await (await office.GetAsync("/api/v1/submissions?queue=review&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("ownCompetence").GetBoolean().ShouldBeTrue();
        var seen = await (await office.GetAsync($"/api/v1/submissions/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("ownCompetence").GetBoolean().ShouldBeTrue();
        seen.GetProperty("actions").GetProperty("return").GetBoolean().ShouldBeTrue();

        // A clerk of the office registers and forwards but does not decide on it.
        using var clerk = await app.ClientForAsync("vanthu");
        await (await clerk.PostAsync($"/api/v1/submissions/{id}/accept", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await clerk.PostAsJsonAsync($"/api/v1/submissions/{id}/return", new { reason = "quality", note = "Bổ sung số liệu." }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // The sender is not the office; outsiders do not see it at all.
        await (await director.PostAsync($"/api/v1/submissions/{id}/accept", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var outsider = await app.ClientForAsync("giamdoc.sct");
        await (await outsider.GetAsync($"/api/v1/submissions/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.PostAsJsonAsync($"/api/v1/submissions/{id}/return", new { reason = "quality", note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await outsider.GetAsync("/api/v1/submissions?queue=review&status=all&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(id);

        var noEntry = await (await office.PostAsJsonAsync($"/api/v1/submissions/{id}/return", new { reason = "competence", note = "Thuộc thẩm quyền của Sở." }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noEntry.GetProperty("errors").TryGetProperty("catalogueEntryId", out _).ShouldBeTrue();
        await (await office.PostAsJsonAsync($"/api/v1/submissions/{id}/return", new { reason = "mood", note = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var returned = await (await office.PostAsJsonAsync($"/api/v1/submissions/{id}/return", new { reason = "competence", note = "Thuộc thẩm quyền của Sở.", catalogueEntryId = entryId }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        returned.GetProperty("status").GetString().ShouldBe("returned");
        returned.GetProperty("returnCount").GetInt32().ShouldBe(1);
        await (await office.PostAsync($"/api/v1/submissions/{id}/accept", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // The sender completes and sends it again; the office accepts.
        var edited = await BodyAsync("Đề nghị phê duyệt kế hoạch kiểm tra (đã hoàn thiện)");
        (await director.PutAsJsonAsync($"/api/v1/submissions/{id}", edited, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await director.PostAsync($"/api/v1/submissions/{id}/submit", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("submitted");
        (await (await office.PostAsync($"/api/v1/submissions/{id}/accept", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("accepted");

        var done = await (await director.GetAsync($"/api/v1/submissions/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        done.GetProperty("ownCompetence").GetBoolean().ShouldBeFalse();
        var history = done.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("kind").GetString()).ShouldBe(["submitted", "returned", "submitted", "accepted"]);
        history[1].GetProperty("returnReason").GetString().ShouldBe("competence");
        history[1].GetProperty("catalogueEntry").GetProperty("entryId").GetGuid().ShouldBe(entryId);
        var mine = await (await director.GetAsync("/api/v1/submissions?pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
    }

    [Fact]
    public async Task Clock_StopsWhileBackWithTheSender_AcrossAWeekend()
    {
        using var director = await app.ClientForAsync("giamdoc.snv");
        using var office = await app.ClientForAsync("chutich");
        try
        {
            await SetClockAsync(Vn(2026, 2, 3));
            var id = await CreateAsync(director, await BodyAsync("Đề nghị điều chỉnh biên chế"));
            (await director.PostAsync($"/api/v1/submissions/{id}/submit", null, Ct)).EnsureSuccessStatusCode();

            await SetClockAsync(Vn(2026, 2, 5));
            var back = await (await office.PostAsJsonAsync($"/api/v1/submissions/{id}/return", new { reason = "quality", note = "Bổ sung số liệu biên chế." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            back.GetProperty("clock").GetProperty("daysWithOffice").GetInt32().ShouldBe(2);

            // Fri 6, (Sat 7, Sun 8 are not working days), Mon 9, Tue 10: three working days back with the sender.
            await SetClockAsync(Vn(2026, 2, 10));
            var waiting = await (await director.GetAsync($"/api/v1/submissions/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            waiting.GetProperty("clock").GetProperty("daysWithOffice").GetInt32().ShouldBe(2);
            waiting.GetProperty("clock").GetProperty("daysWithSender").GetInt32().ShouldBe(3);
            waiting.GetProperty("clock").GetProperty("runningFor").GetString().ShouldBe("sender");
            (await director.PostAsync($"/api/v1/submissions/{id}/submit", null, Ct)).EnsureSuccessStatusCode();

            await SetClockAsync(Vn(2026, 2, 11));
            var accepted = await (await office.PostAsync($"/api/v1/submissions/{id}/accept", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            accepted.GetProperty("clock").GetProperty("daysWithOffice").GetInt32().ShouldBe(3);
            accepted.GetProperty("clock").GetProperty("daysWithSender").GetInt32().ShouldBe(3);
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task Consultation_Gate_PendingAndUnresolvedRefused_ResolvedAttached()
    {
        var fake = new FakeConsultationResults();
        await using var host = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IConsultationResults>(fake)));
        using var director = host.CreateClient();
        var token = await (await director.PostAsJsonAsync("/api/v1/auth/token", new { userName = "giamdoc.snv", password = AppFixture.DemoPassword }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        director.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var snv = await app.UnitIdAsync(Snv);
        var stp = await app.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var sct = await app.UnitIdAsync("Sở Công Thương tỉnh An Giang");
        var stc = await app.UnitIdAsync("Sở Tài chính tỉnh An Giang");
        static ConsultationParticipantResult P(Guid unitId, string name, string outcome, string resolution = "none", string? reasoning = null, string? note = null) =>
            FakeConsultationResults.Participant(unitId, name, outcome, resolution, reasoning, note);

        var pending = fake.Add(snv, P(stp, "Sở Tư pháp", "agreed"), P(sct, "Sở Công Thương", "pending"));
        var p409 = await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Có ý kiến chưa trả lời", consultationId: pending), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        p409.GetProperty("code").GetString().ShouldBe("submission.consultationPending");

        var unresolved = fake.Add(snv, P(stp, "Sở Tư pháp", "disagreed", reasoning: "Trái luật"), P(sct, "Sở Công Thương", "deemedAgreed"));
        var u409 = await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Còn ý kiến khác", consultationId: unresolved), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        u409.GetProperty("code").GetString().ShouldBe("submission.unresolvedDisagreement");
        u409.GetProperty("detail").GetString()!.ShouldContain("Sở Tư pháp");

        var notOwn = fake.Add(stp, P(snv, "Sở Nội vụ", "agreed"));
        (await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Không phải của mình", consultationId: notOwn), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("submission.consultationNotOwn");
        await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Không có", consultationId: Guid.NewGuid()), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var resolved = fake.Add(snv,
            P(stp, "Sở Tư pháp", "disagreed", "reconciled", "Trái luật", "Đã họp thống nhất sửa Điều 3, Sở Tư pháp bảo lưu ý kiến về thời hạn."),
            P(sct, "Sở Công Thương", "deemedAgreed"),
            P(stc, "Sở Tài chính", "agreed"));
        var created = await (await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Đã xử lý ý kiến khác", consultationId: resolved), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("consultationAttached").GetBoolean().ShouldBeTrue();
        var details = await (await director.GetAsync($"/api/v1/submissions/{created.GetProperty("id").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var outcomes = details.GetProperty("consultation").GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("unitId").GetGuid(), p => p.GetProperty("outcome").GetString());
        outcomes[sct].ShouldBe("deemedAgreed");
        outcomes[stp].ShouldBe("disagreed");
        var differences = details.GetProperty("remainingDifferences").EnumerateArray().ToList();
        differences.Count.ShouldBe(1);
        differences[0].GetProperty("resolution").GetString().ShouldBe("reconciled");
    }

    [Fact]
    public async Task Consultation_WithoutTheConsultationsModule_IsRefusedNotFailed()
    {
        using var director = await app.ClientForAsync("giamdoc.snv");
        var response = await director.PostAsJsonAsync("/api/v1/submissions", await BodyAsync("Chưa có phân hệ", consultationId: Guid.NewGuid()), Ct);
        ((int)response.StatusCode).ShouldBeInRange(400, 409);
    }
}

[Collection("sqlite")]
public sealed class SqliteSubmissionApiTests(SqliteApp app) : SubmissionApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresSubmissionApiTests(PostgresApp app) : SubmissionApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
