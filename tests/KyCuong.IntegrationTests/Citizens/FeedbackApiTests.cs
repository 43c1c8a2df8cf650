using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Citizens;
using KyCuong.Web.Modules.Citizens.PersonalData;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Citizens;

/// <summary>Citizens' feedback through real HTTP, the same tests on SQLite and on PostgreSQL (docs/domain.md "Citizens").</summary>
public abstract class FeedbackApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    // Personal data that must never reach a public answer.
    private const string Name = "Lương Thị Xuyến";
    private const string Phone = "0987654321";
    private const string Email = "xuyen.luong@example.vn";

    private async Task<string> SubmitAsync(string body, string subject = "Chậm trả kết quả giấy phép", string content = "Hồ sơ nộp ngày 02/02/2026 đến nay chưa có kết quả, không được báo lý do.")
    {
        using var anon = App.Anonymous();
        var response = await anon.PostAsJsonAsync("/api/v1/public/feedback", new
        {
            kind = "reflection",
            subject,
            content,
            submitter = new { name = Name, phone = Phone, email = Email },
            about = new { unitId = await App.UnitIdAsync(body) },
        }, Ct);
        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("trackingCode").GetString()!;
    }

    private async Task<(JsonElement Json, string Raw)> TrackAsync(string code, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var anon = App.Anonymous();
        var response = await anon.GetAsync($"/api/v1/public/feedback/{code}", Ct);
        var raw = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, raw);
        return (JsonDocument.Parse(raw).RootElement.Clone(), raw);
    }

    private async Task<Guid> IdOfAsync(string code, string user = "vanthu")
    {
        using var client = await App.ClientForAsync(user);
        var list = await client.AllItemsAsync("/api/v1/feedback", Ct);
        return list.Single(i => i.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync(url, body ?? new { }, Ct);
    }

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static IEnumerable<(string? Field, string? Kind)> FieldsAndKinds(JsonElement problem) =>
        problem.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("kind").GetString()));

    private static void ShouldHoldNoPersonalData(string raw)
    {
        foreach (var pii in new[] { Name, Phone, Email, "Lương", "0987" })
        {
            raw.ShouldNotContain(pii, Case.Insensitive);
        }
    }

    [Fact]
    public async Task Submit_RandomCode_ReceivedWithDecisionDeadline_AndNoPersonalData()
    {
        var code = await SubmitAsync(Sct);
        code.Length.ShouldBeGreaterThanOrEqualTo(10);
        (await SubmitAsync(Sct)).ShouldNotBe(code);

        var (status, raw) = await TrackAsync(code);
        status.GetProperty("status").GetString().ShouldBe("received");
        // Citizens:DecisionWorkingDays = 5 from the day after Tue 3 Feb 2026: 4, 5, 6, 9, 10 Feb.
        status.GetProperty("dueDate").GetString().ShouldBe("2026-02-10");
        status.TryGetProperty("answer", out var answer).ShouldBeTrue();
        answer.ValueKind.ShouldBe(JsonValueKind.Null);
        ShouldHoldNoPersonalData(raw);
        raw.ShouldNotContain("Hồ sơ nộp ngày");

        // Typed from paper: lower case with dashes finds the same item.
        var typed = $"{code[..4]}-{code[4..8]}-{code[8..]}".ToLowerInvariant();
        (await TrackAsync(typed)).Json.GetProperty("status").GetString().ShouldBe("received");
    }

    [Fact]
    public async Task Lookup_UnknownOrMalformedCode_SameNotFound()
    {
        var (unknown, rawUnknown) = await TrackAsync("ABCDEFGHJKMN", HttpStatusCode.NotFound);
        var (malformed, rawMalformed) = await TrackAsync("1", HttpStatusCode.NotFound);
        unknown.GetProperty("detail").GetString().ShouldBe(malformed.GetProperty("detail").GetString());
        rawUnknown.Length.ShouldBe(rawMalformed.Length);
    }

    [Fact]
    public async Task Submit_Invalid_400AndNothingStored()
    {
        using var anon = App.Anonymous();
        var problem = await (await anon.PostAsJsonAsync("/api/v1/public/feedback", new
        {
            kind = "complaint", subject = "", content = "x", submitter = new { name = "", email = "khong-phai-email" },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "kind", "subject", "submitter.name", "submitter.email" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
    }

    [Fact]
    public async Task RouteTaskAnswerPublish_PublicSeesAnsweredWithoutPersonalData()
    {
        var code = await SubmitAsync(Sct, subject: "Thái độ phục vụ tại bộ phận một cửa Sở Công Thương");
        var id = await IdOfAsync(code);

        // The provincial office's clerk (ADR 0003: the office acts for its body) routes it to the competent department as a task.
        var routed = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/route", new { unitId = await App.UnitIdAsync(Sct), kind = "recommendation" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        routed.GetProperty("status").GetString().ShouldBe("inProgress");
        var taskId = routed.GetProperty("taskId").GetGuid();

        using (var director = await App.ClientForAsync("giamdoc.sct"))
        {
            var task = await (await director.GetAsync($"/api/v1/tasks/{taskId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            task.GetProperty("title").GetString()!.ShouldContain("Thái độ phục vụ");
            task.GetProperty("dueDate").GetString().ShouldBe(routed.GetProperty("dueDate").GetString());
        }

        var (inProgress, _) = await TrackAsync(code);
        inProgress.GetProperty("status").GetString().ShouldBe("inProgress");
        inProgress.GetProperty("dueDate").GetString().ShouldBe(routed.GetProperty("dueDate").GetString());

        // A second routing of the same item is refused and changes nothing.
        (await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/route", new { unitId = await App.UnitIdAsync(Sct) })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("feedback.notReceived");

        // Publishing before an answer exists is refused.
        (await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish")).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("feedback.noAnswer");

        const string Answer = "Sở đã kiểm tra, chấn chỉnh bộ phận một cửa và trả kết quả ngày 12/02/2026.";
        (await PostAsync("giamdoc.sct", $"/api/v1/feedback/{id}/answer", new { answer = Answer })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (notYet, _) = await TrackAsync(code);
        notYet.GetProperty("status").GetString().ShouldBe("inProgress");
        notYet.GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);

        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (answered, raw) = await TrackAsync(code);
        answered.GetProperty("status").GetString().ShouldBe("answered");
        answered.GetProperty("answer").GetString().ShouldBe(Answer);
        ShouldHoldNoPersonalData(raw);

        using var anon = App.Anonymous();
        var listRaw = await anon.GetStringAsync("/api/v1/public/answers", Ct);
        listRaw.ShouldContain("Thái độ phục vụ tại bộ phận một cửa");
        ShouldHoldNoPersonalData(listRaw);

        (await anon.PostAsJsonAsync($"/api/v1/public/feedback/{code}/rating", new { stars = 6 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anon.PostAsJsonAsync($"/api/v1/public/feedback/{code}/rating", new { stars = 4 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TrackAsync(code)).Json.GetProperty("rating").GetInt32().ShouldBe(4);

        // Officials in scope see the sender.
        using var clerk = await App.ClientForAsync("vanthu");
        var details = await (await clerk.GetAsync($"/api/v1/feedback/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("submitter").GetProperty("name").GetString().ShouldBe(Name);
    }

    [Fact]
    public async Task Publish_SenderDataInSubjectOrAnswer_422Findings_NothingChanges_ThenRedactedVersionPublishedAndAudited()
    {
        // The sender typed their name into the subject (another case, no accents: still found).
        var subject = $"LUONG THI XUYEN phản ánh chậm trả kết quả {Guid.NewGuid().ToString("N")[..6]}";
        var code = await SubmitAsync(Sct, subject: subject);
        var id = await IdOfAsync(code);
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/route", new { unitId = await App.UnitIdAsync(Sct) })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The answer greets the sender by given name, repeats her recorded phone (+84 form) and e-mail (other case), gives another
        // mobile number and a CCCD; a state body's mailbox, a fee and a date are not personal data.
        const string Answer = "Kính gửi bà Xuyến: Sở đã trả kết quả ngày 12/02/2026, lệ phí 100.000 đồng. Sở đã gọi số +84 987 654 321 và gửi thư tới "
            + "XUYEN.LUONG@EXAMPLE.VN; hồ sơ ghi CCCD 079 123 456 789, người liên hệ 0912.345.678; hỏi thêm: sct@angiang.gov.vn.";
        (await PostAsync("giamdoc.sct", $"/api/v1/feedback/{id}/answer", new { answer = Answer })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The receiving page's data: what the check finds before anyone presses publish.
        using (var clerk = await App.ClientForAsync("vanthu"))
        {
            var details = await (await clerk.GetAsync($"/api/v1/feedback/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            details.GetProperty("publishFindings").GetArrayLength().ShouldBe(6);
        }

        var refused = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("feedback.answerHoldsPersonalData");
        var findings = refused.GetProperty("findings").EnumerateArray()
            .Select(f => (Field: f.GetProperty("field").GetString(), Kind: f.GetProperty("kind").GetString(), Excerpt: f.GetProperty("excerpt").GetString()!))
            .ToList();
        findings.ShouldBe(
        [
            ("subject", "name", "L**** T** X****"),
            ("answer", "name", "bà X****"),
            ("answer", "phone", "+84 *** *** *21"),
            ("answer", "email", "X****.*****@*******.VN"),
            ("answer", "citizenId", "07* *** *** *89"),
            ("answer", "phone", "09**.***.*78"),
        ]);
        refused.GetProperty("errors").GetProperty("subject")[0].GetString()!.ShouldStartWith("Tiêu đề có họ tên người gửi");
        refused.GetProperty("errors").GetProperty("answer").GetArrayLength().ShouldBe(5);
        // The refusal itself repeats none of it.
        var rawRefusal = refused.GetRawText();
        foreach (var pii in new[] { "Xuyến", "987 654", "xuyen.luong", "123 456", "345.678" })
        {
            rawRefusal.ShouldNotContain(pii, Case.Insensitive);
        }

        // Nothing changed: still in progress, nothing public, nothing audited as published.
        var (still, _) = await TrackAsync(code);
        still.GetProperty("status").GetString().ShouldBe("inProgress");
        still.GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);
        using (var anon = App.Anonymous())
        {
            (await anon.GetStringAsync("/api/v1/public/answers?pageSize=100", Ct)).ShouldNotContain("phản ánh chậm trả kết quả");
        }

        // A redacted version is checked too: a phone left in it is refused, a blank one is bad input.
        var stillHolds = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish", new { subject = "Chậm trả kết quả, liên hệ 0911 222 333", answer = "Sở đã trả kết quả." }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        stillHolds.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("field").GetString() + ":" + f.GetProperty("kind").GetString()).ShouldBe(["subject:phone"]);
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish", new { subject = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TrackAsync(code)).Json.GetProperty("status").GetString().ShouldBe("inProgress");

        const string PublicSubject = "Phản ánh chậm trả kết quả cấp giấy phép";
        const string PublicAnswer = "Sở đã trả kết quả ngày 12/02/2026, lệ phí 100.000 đồng; hỏi thêm: sct@angiang.gov.vn.";
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish", new { subject = PublicSubject, answer = PublicAnswer })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (answered, raw) = await TrackAsync(code);
        answered.GetProperty("status").GetString().ShouldBe("answered");
        answered.GetProperty("answer").GetString().ShouldBe(PublicAnswer);
        ShouldHoldNoPersonalData(raw);
        using (var anon = App.Anonymous())
        {
            var list = await anon.GetStringAsync("/api/v1/public/answers?pageSize=100", Ct);
            list.ShouldContain(PublicSubject);
            list.ShouldNotContain(subject);
            ShouldHoldNoPersonalData(list);
        }

        // Inside, the sender's subject and the recorded answer stay; the public versions beside them.
        using (var clerk = await App.ClientForAsync("vanthu"))
        {
            var details = await (await clerk.GetAsync($"/api/v1/feedback/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            details.GetProperty("subject").GetString().ShouldBe(subject);
            details.GetProperty("answer").GetString().ShouldBe(Answer);
            details.GetProperty("publicSubject").GetString().ShouldBe(PublicSubject);
            details.GetProperty("publicAnswer").GetString().ShouldBe(PublicAnswer);
            details.GetProperty("publishFindings").GetArrayLength().ShouldBe(0);
        }

        // One audit row of the publication, saying what was redacted and never the text.
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audits = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == CitizensAudit.Published).ToListAsync(Ct);
        audits.Count.ShouldBe(1);
        audits[0].DataJson.ShouldBe("""{"subjectRedacted":true,"answerRedacted":true}""");
    }

    [Fact]
    public async Task Publish_CleanTextSentBackUnchanged_NotRedacted_OutsiderNotFound()
    {
        var code = await SubmitAsync(Sct, subject: "Niêm yết thủ tục tại bộ phận một cửa chưa đầy đủ");
        var id = await IdOfAsync(code);
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/route", new { unitId = await App.UnitIdAsync(Sct) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        const string Answer = "Sở đã niêm yết đầy đủ 45 thủ tục.\nMức phí 1.500.000 đồng, số hồ sơ 000.00.12.H01-260203-0007.";
        (await PostAsync("giamdoc.sct", $"/api/v1/feedback/{id}/answer", new { answer = Answer })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another body's director does not even see the item.
        (await PostAsync("giamdoc.stp", $"/api/v1/feedback/{id}/publish")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The form sends the texts back unchanged (CRLF from a browser): no redaction.
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/publish", new { subject = "Niêm yết thủ tục tại bộ phận một cửa chưa đầy đủ", answer = Answer.Replace("\n", "\r\n", StringComparison.Ordinal) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TrackAsync(code)).Json.GetProperty("answer").GetString().ShouldBe(Answer);
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == id && a.Action == CitizensAudit.Published, Ct)).DataJson
            .ShouldBe("""{"subjectRedacted":false,"answerRedacted":false}""");
    }

    [Fact]
    public async Task Rating_BeforePublication_Conflict()
    {
        var code = await SubmitAsync(Sct);
        using var anon = App.Anonymous();
        (await (await anon.PostAsJsonAsync($"/api/v1/public/feedback/{code}/rating", new { stars = 5 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("feedback.notAnswered");
    }

    [Fact]
    public async Task Forward_OutsideCompetence_NoticeWithNewCode_ReceivedAtCompetentBody()
    {
        var code = await SubmitAsync(Stp, subject: "Giá điện sinh hoạt tăng bất thường");
        var id = await IdOfAsync(code);

        // A unit inside the receiving body is routed, not forwarded.
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/forward", new { toUnitId = await App.UnitIdAsync(Stp) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var forwarded = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/forward", new { toUnitId = await App.UnitIdAsync(Sct) })).ShouldBeJsonAsync(HttpStatusCode.OK);
        forwarded.GetProperty("status").GetString().ShouldBe("forwarded");
        var newCode = forwarded.GetProperty("newTrackingCode").GetString()!;

        var (old, raw) = await TrackAsync(code);
        old.GetProperty("status").GetString().ShouldBe("forwarded");
        old.GetProperty("forwardedTo").GetString().ShouldBe(Sct);
        old.GetProperty("notice").GetString()!.ShouldContain($"{newCode[..4]}-{newCode[4..8]}-{newCode[8..]}");
        ShouldHoldNoPersonalData(raw);

        var (fresh, _) = await TrackAsync(newCode);
        fresh.GetProperty("status").GetString().ShouldBe("received");
        fresh.GetProperty("bodyName").GetString().ShouldBe(Sct);

        // A body outside the organisation is named in words.
        var other = await IdOfAsync(await SubmitAsync(Stp));
        (await PostAsync("vanthu", $"/api/v1/feedback/{other}/forward", new { toBody = "Tổng công ty Điện lực miền Nam" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refuse_NeedsReason_ComplaintReclassifiedWithGuidance()
    {
        var code = await SubmitAsync(Stp);
        var id = await IdOfAsync(code);
        (await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/refuse", new { reason = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await TrackAsync(code)).Json.GetProperty("status").GetString().ShouldBe("received");

        const string Guidance = "Nội dung là khiếu nại quyết định hành chính; đề nghị gửi đơn theo Luật Khiếu nại 2011.";
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/refuse", new { reason = Guidance, kind = "complaint" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (refused, _) = await TrackAsync(code);
        refused.GetProperty("status").GetString().ShouldBe("refused");
        refused.GetProperty("notice").GetString().ShouldBe(Guidance);
    }

    [Fact]
    public async Task AnotherUnit_CannotReadOrAct_404()
    {
        var code = await SubmitAsync(Stp, subject: "Chứng thực bản sao mất nhiều ngày");
        var id = await IdOfAsync(code);
        foreach (var outsider in new[] { "giamdoc.sct", "chuyenvien" })
        {
            using var client = await App.ClientForAsync(outsider);
            (await client.GetAsync($"/api/v1/feedback/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/api/v1/feedback/{id}/personal-data", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsJsonAsync($"/api/v1/feedback/{id}/refuse", new { reason = "Không" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var list = await client.GetStringAsync("/api/v1/feedback", Ct);
            list.ShouldNotContain(code);
        }

        // The body's own director sees it; the anonymous caller gets 401 inside.
        using (var director = await App.ClientForAsync("giamdoc.stp"))
        {
            (await director.GetAsync($"/api/v1/feedback/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var anon = App.Anonymous();
        (await anon.GetAsync($"/api/v1/feedback/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TrackAsync(code)).Json.GetProperty("status").GetString().ShouldBe("received");
    }

    [Fact]
    public async Task Duplicates_Hinted_PersonalData_ExportedThenErased()
    {
        var subject = $"Đường vào khu dân cư số {Guid.NewGuid():N} ngập nước";
        await SubmitAsync(Sct, subject: subject);
        var second = await IdOfAsync(await SubmitAsync(Sct, subject: subject.ToUpperInvariant()));
        using var clerk = await App.ClientForAsync("vanthu");
        var details = await (await clerk.GetAsync($"/api/v1/feedback/{second}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("duplicates").EnumerateArray().ShouldContain(d => d.GetProperty("sameSubject").GetBoolean() && d.GetProperty("subject").GetString() == subject);

        var export = await (await clerk.GetAsync($"/api/v1/feedback/{second}/personal-data", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        export.GetProperty("name").GetString().ShouldBe(Name);
        export.GetProperty("phone").GetString().ShouldBe(Phone);
        export.GetProperty("purpose").GetString()!.ShouldContain("Nghị định 13/2023");

        (await clerk.DeleteAsync($"/api/v1/feedback/{second}/personal-data", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await (await clerk.GetAsync($"/api/v1/feedback/{second}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        after.GetProperty("submitter").GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("submitter").GetProperty("email").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("subject").GetString().ShouldBe(subject.ToUpperInvariant());
    }

    [Fact]
    public async Task Refuse_ReasonWithPersonalData_422Findings_NothingChanges_CleanReasonRefuses()
    {
        var code = await SubmitAsync(Stp, subject: $"Chứng thực chữ ký chậm {Guid.NewGuid().ToString("N")[..6]}");
        var id = await IdOfAsync(code);

        // The reason greets the sender by given name and repeats her phone: anyone holding the code would read both.
        const string Reason = "Kính gửi bà Xuyến: nội dung là khiếu nại; bà gọi 0987.654.321 để được hướng dẫn gửi đơn theo Luật Khiếu nại 2011.";
        var refused = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/refuse", new { reason = Reason, kind = "complaint" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("feedback.answerHoldsPersonalData");
        refused.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("kind").GetString(), f.GetProperty("excerpt").GetString()))
            .ShouldBe([("reason", "name", "bà X****"), ("reason", "phone", "09**.***.*21")]);
        refused.GetProperty("errors").GetProperty("reason")[0].GetString()!.ShouldStartWith("Lý do từ chối có họ tên người gửi “bà X****”");
        // (Not bare digit runs: the trace id is random hex.)
        foreach (var pii in new[] { "Xuyến", "0987.654", "654.321" })
        {
            refused.GetRawText().ShouldNotContain(pii, Case.Insensitive);
        }

        // Nothing changed: still received, no notice, not reclassified, no refusal audited.
        var (still, _) = await TrackAsync(code);
        still.GetProperty("status").GetString().ShouldBe("received");
        still.GetProperty("notice").ValueKind.ShouldBe(JsonValueKind.Null);
        (await WithDbAsync(db => db.FeedbackItems.AsNoTracking().Where(f => f.Id == id).Select(f => f.Kind).SingleAsync(Ct))).ShouldBe("reflection");
        (await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == CitizensAudit.Refused, Ct))).ShouldBe(0);

        const string Clean = "Kính gửi ông/bà: nội dung là khiếu nại quyết định hành chính; đề nghị gửi đơn theo Luật Khiếu nại 2011 đến Chủ tịch UBND xã.";
        (await PostAsync("vanthu", $"/api/v1/feedback/{id}/refuse", new { reason = Clean, kind = "complaint" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (done, raw) = await TrackAsync(code);
        done.GetProperty("status").GetString().ShouldBe("refused");
        done.GetProperty("notice").GetString().ShouldBe(Clean);
        ShouldHoldNoPersonalData(raw);
    }

    [Fact]
    public async Task Forward_NoticeOrBodyWithPersonalData_422Findings_NoItemAtTheOtherBody_CleanNoticeForwards()
    {
        var subject = $"Giá nước sinh hoạt tăng {Guid.NewGuid().ToString("N")[..6]}";
        var code = await SubmitAsync(Stp, subject: subject);
        var id = await IdOfAsync(code);
        var sct = await App.UnitIdAsync(Sct);

        // The office's own notice gives the sender's e-mail and an identity number.
        var notice = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/forward", new
        {
            toUnitId = sct,
            notice = "Đã chuyển Sở Công Thương; kết quả gửi về xuyen.luong@example.vn, hồ sơ ghi CCCD 079 123 456 789.",
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        notice.GetProperty("code").GetString().ShouldBe("feedback.answerHoldsPersonalData");
        FieldsAndKinds(notice).ShouldBe([("notice", "email"), ("notice", "citizenId")]);
        notice.GetRawText().ShouldNotContain("xuyen.luong", Case.Insensitive);
        notice.GetRawText().ShouldNotContain("123 456");

        // A body outside the organisation typed as a person's name with a phone (the composed notice would repeat it).
        var body = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/forward", new { toBody = "Ông Lương Thị Xuyến, tổ trưởng, 0911 222 333" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        FieldsAndKinds(body).ShouldBe([("toBody", "name"), ("toBody", "phone")]);
        body.GetProperty("errors").GetProperty("toBody")[0].GetString()!.ShouldStartWith("Tên cơ quan nhận có họ tên người gửi");

        // Nothing changed, and the competent body received nothing.
        var (still, _) = await TrackAsync(code);
        still.GetProperty("status").GetString().ShouldBe("received");
        still.GetProperty("forwardedTo").ValueKind.ShouldBe(JsonValueKind.Null);
        (await WithDbAsync(db => db.FeedbackItems.CountAsync(f => f.Subject == subject, Ct))).ShouldBe(1);
        (await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == CitizensAudit.Forwarded, Ct))).ShouldBe(0);

        var forwarded = await (await PostAsync("vanthu", $"/api/v1/feedback/{id}/forward", new
        {
            toUnitId = sct,
            notice = "Nội dung thuộc thẩm quyền của Sở Công Thương tỉnh An Giang; ông/bà theo dõi kết quả bằng mã tra cứu mới.",
        })).ShouldBeJsonAsync(HttpStatusCode.OK);
        forwarded.GetProperty("status").GetString().ShouldBe("forwarded");
        (await WithDbAsync(db => db.FeedbackItems.CountAsync(f => f.Subject == subject, Ct))).ShouldBe(2);
        ShouldHoldNoPersonalData((await TrackAsync(code)).Raw);
    }

    [Fact]
    public async Task RetentionJob_ErasesItemsClosedTooLongAgo_InBatches_OneBadRowDoesNotStopTheOthers()
    {
        var subjects = Enumerable.Range(0, 4).Select(i => $"Hết hạn lưu giữ {i} {Guid.NewGuid().ToString("N")[..6]}").ToArray();
        var ids = new List<Guid>();
        foreach (var subject in subjects)
        {
            ids.Add(await IdOfAsync(await SubmitAsync(Stp, subject: subject)));
        }

        // Three closed now (refused); the fourth stays open.
        foreach (var id in ids.Take(3))
        {
            (await PostAsync("vanthu", $"/api/v1/feedback/{id}/refuse", new { reason = "Nội dung không thuộc phạm vi phản ánh, kiến nghị." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var bad = ids[1];
        var badCode = await WithDbAsync(db => db.FeedbackItems.Where(f => f.Id == bad).Select(f => f.TrackingCode).SingleAsync(Ct));
        var trigger = "kc_test_hold_" + Guid.NewGuid().ToString("N")[..8];
        // A row that cannot be updated (as if held by another constraint): the database refuses its erasure.
        var create = App.Provider == DatabaseProvider.Postgres
            ? new[] { $"""CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD."TrackingCode" = '{badCode}' THEN RAISE EXCEPTION 'held'; END IF; RETURN NEW; END $$""",
                $"""CREATE TRIGGER {trigger} BEFORE UPDATE ON cit_feedback FOR EACH ROW EXECUTE FUNCTION {trigger}()""" }
            : new[] { $"""CREATE TRIGGER {trigger} BEFORE UPDATE ON "cit_feedback" FOR EACH ROW WHEN OLD."TrackingCode" = '{badCode}' BEGIN SELECT RAISE(ABORT, 'held'); END""" };
        var drop = App.Provider == DatabaseProvider.Postgres
            ? new[] { $"DROP TRIGGER IF EXISTS {trigger} ON cit_feedback", $"DROP FUNCTION IF EXISTS {trigger}()" }
            : new[] { $"DROP TRIGGER IF EXISTS {trigger}" };
        try
        {
            foreach (var sql in create)
            {
                await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, Ct));
            }

            // 400 days on: past Citizens:RetentionDays (365). An item closed now is not due.
            await SetClockAsync(KyCuongFactory.DefaultNow.AddDays(400));
            var recent = await IdOfAsync(await SubmitAsync(Stp, subject: "Đóng gần đây " + Guid.NewGuid().ToString("N")[..6]));
            (await PostAsync("vanthu", $"/api/v1/feedback/{recent}/refuse", new { reason = "Nội dung không thuộc phạm vi phản ánh, kiến nghị." })).StatusCode.ShouldBe(HttpStatusCode.OK);

            int erased;
            JobRunReport report;
            await using (var scope = App.Factory.Services.CreateAsyncScope())
            {
                // Batches of two, as many as needed: the bad row's batch fails as a whole, then goes row by row.
                erased = await scope.ServiceProvider.GetRequiredService<RetentionJob>().EraseDueAsync(2, int.MaxValue, Ct);
                report = scope.ServiceProvider.GetRequiredService<JobRunReport>();
            }

            erased.ShouldBeGreaterThanOrEqualTo(2);
            report.Failed.ShouldBe(1);
            report.Failures[0].ShouldContain(bad.ToString());
            report.Failures[0].ShouldNotContain(Name);

            var rows = await WithDbAsync(db => db.FeedbackItems.AsNoTracking().Where(f => ids.Contains(f.Id) || f.Id == recent)
                .Select(f => new { f.Id, f.SubmitterName, f.SubmitterPhone, f.SubmitterEmail, f.PersonalDataErasedAtUtc }).ToListAsync(Ct));
            foreach (var erasedId in new[] { ids[0], ids[2] })
            {
                var row = rows.Single(r => r.Id == erasedId);
                (row.SubmitterName, row.SubmitterPhone, row.SubmitterEmail).ShouldBe((null, null, null));
                row.PersonalDataErasedAtUtc.ShouldNotBeNull();
            }

            foreach (var kept in new[] { bad, ids[3], recent })
            {
                var row = rows.Single(r => r.Id == kept);
                row.SubmitterName.ShouldBe(Name);
                row.PersonalDataErasedAtUtc.ShouldBeNull();
            }

            (await WithDbAsync(db => db.AuditEntries.CountAsync(a => (a.EntityId == ids[0] || a.EntityId == ids[2]) && a.Action == CitizensAudit.PersonalDataErased, Ct))).ShouldBe(2);
            (await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == bad && a.Action == CitizensAudit.PersonalDataErased, Ct))).ShouldBe(0);

            // The hold lifted, the next run erases it, and nothing else is left due.
            foreach (var sql in drop)
            {
                await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, Ct));
            }

            await using (var scope = App.Factory.Services.CreateAsyncScope())
            {
                (await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(Ct)).ShouldBe(1);
                scope.ServiceProvider.GetRequiredService<JobRunReport>().Failed.ShouldBe(0);
            }

            (await WithDbAsync(db => db.FeedbackItems.AsNoTracking().Where(f => f.Id == bad).Select(f => f.SubmitterName).SingleAsync(Ct))).ShouldBeNull();
        }
        finally
        {
            foreach (var sql in drop)
            {
                await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, Ct));
            }

            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task RetentionJob_Batch_ReadsThroughThePartialIndex()
    {
        var plan = new List<string>();
        await WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            var postgres = App.Provider == DatabaseProvider.Postgres;
            if (postgres)
            {
                // A small test table is cheaper to read whole; forbid that to see whether the index can serve the query at all.
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", Ct);
            }

            await using var cmd = RetentionJob.Due(db, KyCuongFactory.DefaultNow.UtcDateTime, [], RetentionJob.Batch).CreateDbCommand();
            cmd.Transaction = tx.GetDbTransaction();
            cmd.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + cmd.CommandText;
            await using var reader = await cmd.ExecuteReaderAsync(Ct);
            var column = postgres ? 0 : reader.GetOrdinal("detail");
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(column));
            }

            return 0;
        });
        var text = string.Join("\n", plan);
        text.ShouldContain("IX_cit_feedback_ClosedAtUtc", customMessage: text);

        // Partial: only the items whose data is still held.
        var definition = await WithDbAsync(db => (App.Provider == DatabaseProvider.Postgres
                ? db.Database.SqlQueryRaw<string>("""SELECT indexdef AS "Value" FROM pg_indexes WHERE indexname = 'IX_cit_feedback_ClosedAtUtc'""")
                : db.Database.SqlQueryRaw<string>("""SELECT sql AS "Value" FROM sqlite_master WHERE name = 'IX_cit_feedback_ClosedAtUtc'"""))
            .SingleAsync(Ct));
        definition.ShouldContain("\"PersonalDataErasedAtUtc\" IS NULL");
    }

    [Fact]
    public async Task RateLimit_PerAddress_429ProblemDetails_NoServerError()
    {
        await using var limited = App.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Citizens:SubmissionsPerHour", "3");
            b.UseSetting("Citizens:LookupsPerMinute", "5");
        });
        using var client = limited.CreateClient();
        var body = new { kind = "recommendation", subject = "Kiến nghị", content = "Nội dung", submitter = new { name = "Khách" } };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/public/feedback", body, Ct)).StatusCode);
        }

        statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(3);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(3);
        var problem = await (await client.PostAsJsonAsync("/api/v1/public/feedback", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("detail").GetString()!.ShouldContain("quá nhiều yêu cầu");

        var lookups = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            lookups.Add((await client.GetAsync("/api/v1/public/feedback/ABCDEFGHJKMN", Ct)).StatusCode);
        }

        lookups.Count(s => s == HttpStatusCode.NotFound).ShouldBe(5);
        lookups.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(3);
    }
}

[Collection("sqlite")]
public sealed class SqliteFeedbackApiTests(SqliteApp app) : FeedbackApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresFeedbackApiTests(PostgresApp app) : FeedbackApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
