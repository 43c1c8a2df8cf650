using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.OneStop;

/// <summary>One-stop dossiers through real HTTP, the same tests on SQLite and on PostgreSQL (docs/domain.md "One-stop dossiers").</summary>
public abstract class OneStopApiTests<TApp>(TApp app) : IAsyncLifetime where TApp : AppFixture
{
    public async ValueTask InitializeAsync() => await CatalogueFixtures.PublishAsync(App, Sct,
        ("2.000364", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh", 10), ("1.001234", "Cấp bản sao trích lục", 1));

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";
    private const string Sxd = "Sở Xây dựng tỉnh An Giang";
    private const string Applicant = "Hộ kinh doanh Trịnh Thị Yến";

    private static string NewCode() => "000.00.21.H01-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync(url, body, Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private async Task<JsonElement> ReceiveAsync(string user, string body, string receivedAt, int days, string? code = null, string? handling = null)
    {
        var response = await PostAsync(user, "/api/v1/one-stop/dossiers", new
        {
            code = code ?? NewCode(),
            procedureCode = "2.000364",
            procedureName = "Cấp Giấy chứng nhận đủ điều kiện kinh doanh",
            timeLimitWorkingDays = days,
            receivedAt,
            receivingUnitId = await App.UnitIdAsync(body),
            handlingUnitId = handling is null ? (Guid?)null : await App.UnitIdAsync(handling),
            applicantName = Applicant,
            source = "counter",
        });
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Receive_DueInWorkingDays_VisibleToBodyOnly_DuplicateCodeRefused()
    {
        var code = NewCode();
        // Mon 12 Jan 2026 + 10 working days (the day of receipt not counted): 13–16, 19–23, 26 Jan.
        var created = await ReceiveAsync("giamdoc.sct", Sct, "2026-01-12T08:30:00+07:00", 10, code);
        created.GetProperty("dueDate").GetString().ShouldBe("2026-01-26");
        // Today is Tue 3 Feb 2026 in the test host: past the end of the due date.
        created.GetProperty("status").GetString().ShouldBe("inProgressOverdue");
        var id = created.GetProperty("id").GetGuid();

        var dossier = await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        dossier.GetProperty("applicantName").GetString().ShouldBe(Applicant);
        dossier.GetProperty("receivedAt").GetString().ShouldBe("2026-01-12T08:30:00+07:00");
        dossier.GetProperty("steps").GetArrayLength().ShouldBe(1);
        dossier.GetProperty("canAct").GetBoolean().ShouldBeTrue();

        // The province office acts for the whole province (ADR 0003) and sees it; another department and a division elsewhere get 404.
        (await GetAsync("vanthu", $"/api/v1/one-stop/dossiers/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var outsider in new[] { "giamdoc.stp", "chuyenvien" })
        {
            await (await GetAsync(outsider, $"/api/v1/one-stop/dossiers/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            var raw = await (await GetAsync(outsider, "/api/v1/one-stop/dossiers?pageSize=200")).Content.ReadAsStringAsync(Ct);
            // Neither the dossier nor anything of it: other tests of the class give the same applicant's name to dossiers of
            // Sở Tư pháp, which its director rightly sees, so the dossier is looked for by its code and id.
            raw.ShouldNotContain(code);
            raw.ShouldNotContain(id.ToString());
            (await PostAsync(outsider, $"/api/v1/one-stop/dossiers/{id}/result", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var list = await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers?code={code}&status=inProgressOverdue")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("dueDate").GetString().ShouldBe("2026-01-26");

        (await (await PostAsync("giamdoc.sct", "/api/v1/one-stop/dossiers", new
        {
            code, procedureCode = "2.000364", procedureName = "Khác", timeLimitWorkingDays = 3, receivingUnitId = await App.UnitIdAsync(Sct),
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("oneStop.duplicateCode");
        (await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers?code={code}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Receive_Invalid_400_AndOtherBody_400_NothingStored()
    {
        var code = NewCode();
        var problem = await (await PostAsync("giamdoc.sct", "/api/v1/one-stop/dossiers", new
        {
            code = "", procedureCode = "2.000364", procedureName = "", timeLimitWorkingDays = 0, receivedAt = "2026-03-01T08:00:00+07:00",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "code", "timeLimitWorkingDays", "receivedAt", "receivingUnitId" })
        {
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        // A department's leader does not receive for another department.
        (await (await PostAsync("giamdoc.stp", "/api/v1/one-stop/dossiers", new
        {
            code, procedureCode = "2.000364", procedureName = "Cấp phép", timeLimitWorkingDays = 5, receivingUnitId = await App.UnitIdAsync(Sct),
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("receivingUnitId", out _).ShouldBeTrue();
        (await (await GetAsync("admin", $"/api/v1/one-stop/dossiers?code={code}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task HandOff_ToAnotherBody_ItSeesAndReturnsResult_Late_ThenNothingMore()
    {
        // Mon 19 Jan 2026 + 3 working days → Thu 22 Jan.
        var created = await ReceiveAsync("giamdoc.sct", Sct, "2026-01-19T09:00:00+07:00", 3, handling: "Phòng Quản lý thương mại");
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("dueDate").GetString().ShouldBe("2026-01-22");
        await (await GetAsync("giamdoc.stp", $"/api/v1/one-stop/dossiers/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var handed = await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/steps",
            new { toUnitId = await App.UnitIdAsync(Stp), note = "Lấy ý kiến thẩm định", at = "2026-01-21T10:00:00+07:00" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var steps = handed.GetProperty("steps");
        steps.GetArrayLength().ShouldBe(2);
        // The division held it from Mon 19 to Wed 21 Jan: 20, 21 = 2 working days.
        steps[0].GetProperty("workingDaysHeld").GetInt32().ShouldBe(2);
        steps[0].GetProperty("endedAt").GetString().ShouldBe("2026-01-21T10:00:00+07:00");
        handed.GetProperty("currentUnitName").GetString().ShouldBe(Stp);

        // Handing to the unit that holds it is refused.
        (await (await PostAsync("giamdoc.stp", $"/api/v1/one-stop/dossiers/{id}/steps", new { toUnitId = await App.UnitIdAsync(Stp) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("oneStop.sameUnit");

        // The unit now holding the step sees the dossier and returns the result; Fri 23 Jan is after the due date.
        var done = await (await PostAsync("giamdoc.stp", $"/api/v1/one-stop/dossiers/{id}/result", new { returnedAt = "2026-01-23T15:00:00+07:00" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("doneLate");
        done.GetProperty("returnedOn").GetString().ShouldBe("2026-01-23");
        done.GetProperty("steps")[1].GetProperty("workingDaysHeld").GetInt32().ShouldBe(2);

        (await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/result", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("oneStop.alreadyReturned");
        (await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/steps", new { toUnitId = await App.UnitIdAsync(Sxd) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("oneStop.alreadyReturned");
        (await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("steps").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task ReturnedOnTheDueDate_IsOnTime()
    {
        var created = await ReceiveAsync("giamdoc.sct", Sct, "2026-01-19T09:00:00+07:00", 3);
        var done = await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{created.GetProperty("id").GetGuid()}/result",
            new { returnedAt = "2026-01-22T16:59:00+07:00" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("doneOnTime");
    }

    [Fact]
    public async Task Apology_Form04Docx_LimitAndRules()
    {
        var created = await ReceiveAsync("giamdoc.sct", Sct, "2026-01-12T08:30:00+07:00", 5);
        var id = created.GetProperty("id").GetGuid();
        // Due Mon 19 Jan. A new date not after the one promised is refused.
        (await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/apology", new { reason = "Cần xác minh", newDueDate = "2026-01-19" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("newDueDate", out _).ShouldBeTrue();
        (await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/apology", new { newDueDate = "2026-02-10" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        await (await PostAsync("giamdoc.stp", $"/api/v1/one-stop/dossiers/{id}/apology", new { reason = "x", newDueDate = "2026-02-10" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Sat 7 Feb 2026 is a day off: the new date moves to Mon 9 Feb (Civil Code art. 148(5)).
        var letter = await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/apology",
            new { reason = "Hồ sơ cần xác minh thực địa tại cơ sở kinh doanh.", newDueDate = "2026-02-07" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        letter.GetProperty("newDueDate").GetString().ShouldBe("2026-02-09");
        letter.GetProperty("number").GetInt32().ShouldBe(1);
        letter.GetProperty("issuedOn").GetString().ShouldBe("2026-02-03");

        (await (await PostAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}/apology", new { reason = "Lần nữa", newDueDate = "2026-02-20" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("oneStop.apologyLimit");

        var dossier = await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        dossier.GetProperty("promisedDate").GetString().ShouldBe("2026-02-09");
        dossier.GetProperty("dueDate").GetString().ShouldBe("2026-01-19");
        dossier.GetProperty("status").GetString().ShouldBe("inProgressOverdue");
        dossier.GetProperty("apologyLetters").GetArrayLength().ShouldBe(1);

        var url = letter.GetProperty("documentUrl").GetString()!;
        var docx = await GetAsync("giamdoc.sct", url);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
            text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text.ShouldContain(Applicant);
            text.ShouldContain("09/02/2026");
            text.ShouldContain("19/01/2026");
            text.ShouldContain("Hồ sơ cần xác minh thực địa");
        }

        (await GetAsync("giamdoc.stp", url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Hand-computed: Sở Tư pháp, October 2025 (no holiday in it), seen on 3 Feb 2026. A received Thu 2 Oct, 3 days → due Tue 7 Oct, returned 7 Oct
    /// (on time). B received Mon 6 Oct, 2 days → due Wed 8 Oct; Sở Tư pháp held it to Tue 7 Oct (1 working day), Sở Xây dựng to Fri 10 Oct
    /// (3) → late, charged to Sở Xây dựng. C received Wed 15 Oct, 5 days → due Wed 22 Oct, never returned: overdue at 31 Oct, held 12 working
    /// days. D received Mon 27 Oct, 10 days → due 10 Nov: in time at 31 Oct. E received Mon 29 Sep, 2 days → due Wed 1 Oct, returned 1 Oct
    /// (on time, returned in the period, received before it). F received Mon 20 Oct, 1 day → due Tue 21 Oct, returned 5 Nov: overdue at
    /// 31 Oct, held 9 working days up to then.
    /// </summary>
    [Fact]
    public async Task Summary_HandComputed_OnTimeRate_Overdue_LostTime_ApologyLetters()
    {
        const string Leader = "giamdoc.stp";
        async Task<Guid> Receive(string at, int days) => (await ReceiveAsync(Leader, Stp, at, days)).GetProperty("id").GetGuid();
        async Task Return(Guid id, string at) => await (await PostAsync(Leader, $"/api/v1/one-stop/dossiers/{id}/result", new { returnedAt = at })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var a = await Receive("2025-10-02T09:00:00+07:00", 3);
        await Return(a, "2025-10-07T10:00:00+07:00");
        var b = await Receive("2025-10-06T09:00:00+07:00", 2);
        await (await PostAsync(Leader, $"/api/v1/one-stop/dossiers/{b}/steps", new { toUnitId = await App.UnitIdAsync(Sxd), at = "2025-10-07T10:00:00+07:00" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        await Return(b, "2025-10-10T10:00:00+07:00");
        var c = await Receive("2025-10-15T09:00:00+07:00", 5);
        await Receive("2025-10-27T09:00:00+07:00", 10);
        var e = await Receive("2025-09-29T09:00:00+07:00", 2);
        await Return(e, "2025-10-01T15:00:00+07:00");
        var f = await Receive("2025-10-20T09:00:00+07:00", 1);
        await Return(f, "2025-11-05T09:00:00+07:00");

        var stp = await App.UnitIdAsync(Stp);
        var october = await (await GetAsync(Leader, $"/api/v1/units/{stp}/one-stop-summary?from=2025-10-01&to=2025-10-31")).ShouldBeJsonAsync(HttpStatusCode.OK);
        october.GetProperty("received").GetInt32().ShouldBe(5);
        october.GetProperty("doneOnTime").GetInt32().ShouldBe(2);
        october.GetProperty("doneLate").GetInt32().ShouldBe(1);
        october.GetProperty("inProgressOverdue").GetInt32().ShouldBe(2);
        october.GetProperty("onTimeRate").GetDouble().ShouldBe(0.6667);
        october.GetProperty("apologyLetters").GetInt32().ShouldBe(0);
        var lost = october.GetProperty("lostTime");
        lost.GetArrayLength().ShouldBe(2);
        lost[0].GetProperty("unitName").GetString().ShouldBe(Stp);
        lost[0].GetProperty("lateDossiers").GetInt32().ShouldBe(2);
        lost[0].GetProperty("workingDaysHeld").GetInt32().ShouldBe(1 + 12 + 9);
        lost[1].GetProperty("unitName").GetString().ShouldBe(Sxd);
        lost[1].GetProperty("lateDossiers").GetInt32().ShouldBe(1);
        lost[1].GetProperty("workingDaysHeld").GetInt32().ShouldBe(3);

        // The letter for C is issued today (3 Feb 2026) and counted in February, with C and D overdue then.
        await (await PostAsync(Leader, $"/api/v1/one-stop/dossiers/{c}/apology", new { reason = "Chờ ý kiến cơ quan liên quan.", newDueDate = "2026-02-10" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var february = await (await GetAsync(Leader, $"/api/v1/units/{stp}/one-stop-summary?from=2026-02-01&to=2026-02-28")).ShouldBeJsonAsync(HttpStatusCode.OK);
        february.GetProperty("received").GetInt32().ShouldBe(0);
        february.GetProperty("doneOnTime").GetInt32().ShouldBe(0);
        february.GetProperty("inProgressOverdue").GetInt32().ShouldBe(2);
        february.GetProperty("onTimeRate").ValueKind.ShouldBe(JsonValueKind.Null);
        february.GetProperty("apologyLetters").GetInt32().ShouldBe(1);

        // The province sees its departments' figures; another department gets 404, and so does a bad period's 400 before anything.
        var province = await (await GetAsync("vanthu", $"/api/v1/units/{await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang")}/one-stop-summary?from=2025-10-01&to=2025-10-31"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        province.GetProperty("received").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        await (await GetAsync("giamdoc.sct", $"/api/v1/units/{stp}/one-stop-summary?from=2025-10-01&to=2025-10-31")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync(Leader, $"/api/v1/units/{stp}/one-stop-summary?from=2025-11-01&to=2025-10-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ImportCsv_DryRun_BadFileChangesNothing_RealRun_Idempotent_ThenResultUpdates()
    {
        var (c1, c2, c3) = (NewCode(), NewCode(), NewCode());
        var header = "code,procedureCode,procedureName,timeLimitWorkingDays,receivedAt,receivingUnit,handlingUnit,applicantName,returnedOn\n";
        var good = header
            + $"{c1},2.000364,\"Cấp phép, gia hạn\",10,12/01/2026,{Sct},Phòng Quản lý thương mại,Nguyễn Văn Bé,\n"
            + $"{c2},2.000364,Cấp phép,3,2026-01-19,{Sct},,Công ty TNHH Hòa Bình,2026-01-21\n"
            + $"{c3},1.001234,Cấp bản sao,1,2026-01-19T08:00:00+07:00,{await App.UnitIdAsync(Sct)},,,\n";
        var bad = good + $"{c1},2.000364,Lặp mã,5,2026-01-20,{Sct},,,\n" + $"{NewCode()},X,Y,abc,31/02/2026,Không có cơ quan này,,,\n";

        using var client = await App.ClientForAsync("giamdoc.sct");
        var dry = await ImportAsync(client, Csv(good), dryRun: true);
        dry.GetProperty("created").GetInt32().ShouldBe(3);
        dry.GetProperty("errors").GetArrayLength().ShouldBe(0);
        (await CountAsync(client, c1)).ShouldBe(0);

        var refused = await ImportAsync(client, Csv(bad), dryRun: false);
        var errors = refused.GetProperty("errors").EnumerateArray().ToList();
        errors.ShouldContain(x => x.GetProperty("row").GetInt32() == 5 && x.GetProperty("message").GetString()!.Contains("lặp lại dòng 2"));
        errors.Count(x => x.GetProperty("row").GetInt32() == 6).ShouldBe(3);
        (await CountAsync(client, c1)).ShouldBe(0);
        (await CountAsync(client, c2)).ShouldBe(0);

        var real = await ImportAsync(client, Csv(good), dryRun: false);
        real.GetProperty("created").GetInt32().ShouldBe(3);
        var first = await ItemAsync(client, c1);
        first.GetProperty("dueDate").GetString().ShouldBe("2026-01-26");
        first.GetProperty("currentUnitName").GetString().ShouldBe("Phòng Quản lý thương mại");
        first.GetProperty("applicantName").GetString().ShouldBe("Nguyễn Văn Bé");
        first.GetProperty("procedureName").GetString().ShouldBe("Cấp phép, gia hạn");
        (await ItemAsync(client, c2)).GetProperty("status").GetString().ShouldBe("doneOnTime");

        var again = await ImportAsync(client, Csv(good), dryRun: false);
        again.GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("unchanged").GetInt32().ShouldBe(3);
        (await CountAsync(client, c1)).ShouldBe(1);

        // The system's next export adds the result of c3 (returned Wed 21 Jan, due Tue 20 Jan): updated, late.
        var later = good.Replace($"{await App.UnitIdAsync(Sct)},,,", $"{await App.UnitIdAsync(Sct)},,,21/01/2026", StringComparison.Ordinal);
        var update = await ImportAsync(client, Csv(later), dryRun: false);
        update.GetProperty("updated").GetInt32().ShouldBe(1);
        update.GetProperty("unchanged").GetInt32().ShouldBe(2);
        (await ItemAsync(client, c3)).GetProperty("status").GetString().ShouldBe("doneLate");

        // Another department cannot import for this one: row errors, nothing written.
        using var other = await App.ClientForAsync("giamdoc.stp");
        var foreign = await ImportAsync(other, Csv(header + $"{NewCode()},2.000364,Cấp phép,3,2026-01-19,{Sct},,,\n"), dryRun: false);
        foreign.GetProperty("errors").GetArrayLength().ShouldBe(1);
        foreign.GetProperty("created").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task ProcedureCode_MustBePublished_NameAndTimeLimitDefaultFromCatalogue()
    {
        using var admin = await App.ClientForAsync("admin");
        var draft = "NHAP." + Guid.NewGuid().ToString("N")[..6];
        await (await admin.PostAsJsonAsync("/api/v1/procedures", new { code = draft, name = "Thủ tục dự thảo", bodyUnitId = await App.UnitIdAsync(Sct) }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        foreach (var unknown in new[] { "9.999999", draft })
        {
            var code = NewCode();
            (await (await PostAsync("giamdoc.sct", "/api/v1/one-stop/dossiers", new
            {
                code, procedureCode = unknown, procedureName = "Cấp phép", timeLimitWorkingDays = 5, receivingUnitId = await App.UnitIdAsync(Sct),
            })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("procedureCode", out _).ShouldBeTrue(unknown);
            (await (await GetAsync("admin", $"/api/v1/one-stop/dossiers?code={code}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);
        }

        // Without name and time limit: the catalogue's (10 working days: Mon 12 Jan 2026 → Mon 26 Jan).
        var created = await (await PostAsync("giamdoc.sct", "/api/v1/one-stop/dossiers", new
        {
            code = NewCode(), procedureCode = " 2.000364 ", receivedAt = "2026-01-12T08:30:00+07:00", receivingUnitId = await App.UnitIdAsync(Sct),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("dueDate").GetString().ShouldBe("2026-01-26");
        var stored = await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers/{created.GetProperty("id").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        stored.GetProperty("procedureName").GetString().ShouldBe("Cấp Giấy chứng nhận đủ điều kiện kinh doanh");
        stored.GetProperty("timeLimitWorkingDays").GetInt32().ShouldBe(10);

        // The import: an unknown code is an error of its row alone; a row without name and limit takes the catalogue's.
        var (c1, c2) = (NewCode(), NewCode());
        var header = "code,procedureCode,procedureName,timeLimitWorkingDays,receivedAt,receivingUnit\n";
        var file = header + $"{c1},2.000364,,,12/01/2026,{Sct}\n" + $"{c2},9.999999,Không có,5,12/01/2026,{Sct}\n";
        using var client = await App.ClientForAsync("giamdoc.sct");
        var report = await ImportAsync(client, Csv(file), dryRun: true);
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        errors.Count.ShouldBe(1);
        errors[0].GetProperty("row").GetInt32().ShouldBe(3);
        errors[0].GetProperty("message").GetString()!.ShouldContain("9.999999");
        (await ImportAsync(client, Csv(file), dryRun: false)).GetProperty("errors").GetArrayLength().ShouldBe(1);
        (await CountAsync(client, c1)).ShouldBe(0);
        var good = await ImportAsync(client, Csv(header + $"{c1},2.000364,,,12/01/2026,{Sct}\n"), dryRun: false);
        good.GetProperty("created").GetInt32().ShouldBe(1);
        var imported = await ItemAsync(client, c1);
        imported.GetProperty("dueDate").GetString().ShouldBe("2026-01-26");
        imported.GetProperty("procedureName").GetString().ShouldBe("Cấp Giấy chứng nhận đủ điều kiện kinh doanh");
    }

    [Fact]
    public async Task ImportXlsx_VietnameseHeaders()
    {
        var code = NewCode();
        using var client = await App.ClientForAsync("giamdoc.sct");
        var result = await ImportAsync(client, Xlsx(
            ["Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Thời hạn giải quyết (ngày làm việc)", "Ngày tiếp nhận", "Cơ quan tiếp nhận", "Tổ chức, cá nhân nộp hồ sơ"],
            [code, "2.000364", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh", "10", "12/01/2026", Sct, "Công ty Cổ phần Phú Tân"]), dryRun: false);
        result.GetProperty("created").GetInt32().ShouldBe(1);
        var item = await ItemAsync(client, code);
        item.GetProperty("dueDate").GetString().ShouldBe("2026-01-26");
        item.GetProperty("applicantName").GetString().ShouldBe("Công ty Cổ phần Phú Tân");
        (await (await client.PostAsync("/api/v1/one-stop/import?dryRun=false",
            new MultipartFormDataContent { { new ByteArrayContent("không phải xlsx"u8.ToArray()), "file", "hong.xlsx" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ImportStreamed_AcrossBatches_AllOrNothing_DuplicateFoundInLaterBatch_ErrorsCappedButCounted()
    {
        // 6,001 rows: more than one batch of 5,000 (ImportDossiersHandler.BatchRows). Row 6,003 repeats row 2's code: the first batch was
        // already written inside the transaction when the error is found in the second, and nothing may remain.
        var prefix = NewCode() + "-";
        var header = "code,procedureCode,procedureName,timeLimitWorkingDays,receivedAt,receivingUnit\n";
        var rows = new StringBuilder(header);
        for (var i = 0; i < 6001; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{prefix}{i:D5},2.000364,Cấp phép,10,12/01/2026,{Sct}\n");
        }

        var good = rows.ToString();
        var bad = good + $"{prefix}00000,2.000364,Cấp phép,10,12/01/2026,{Sct}\n";
        using var client = await App.ClientForAsync("giamdoc.sct");
        var refused = await ImportAsync(client, Csv(bad), dryRun: false);
        refused.GetProperty("errorCount").GetInt32().ShouldBe(1);
        var error = refused.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("row").GetInt32().ShouldBe(6003);
        error.GetProperty("message").GetString()!.ShouldContain("lặp lại dòng 2");
        (await CountAsync(client, prefix + "00000")).ShouldBe(0);
        (await CountAsync(client, prefix + "04999")).ShouldBe(0);

        var real = await ImportAsync(client, Csv(good), dryRun: false);
        real.GetProperty("created").GetInt32().ShouldBe(6001);
        real.GetProperty("errorCount").GetInt32().ShouldBe(0);
        (await CountAsync(client, prefix + "00000")).ShouldBe(1);
        (await CountAsync(client, prefix + "06000")).ShouldBe(1);
        (await (await GetAsync("giamdoc.sct", $"/api/v1/one-stop/dossiers?code={Uri.EscapeDataString(prefix + "05000")}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("dueDate").GetString().ShouldBe("2026-01-26");

        // The same file again, a new row added at the end: 6,001 unchanged across both batches, 1 created.
        var again = await ImportAsync(client, Csv(good + $"{prefix}06001,2.000364,Cấp phép,10,12/01/2026,{Sct}\n"), dryRun: false);
        again.GetProperty("unchanged").GetInt32().ShouldBe(6001);
        again.GetProperty("created").GetInt32().ShouldBe(1);

        // 1,200 bad rows: the first 1,000 listed in row order, all 1,200 counted.
        var unknown = new StringBuilder(header);
        for (var i = 0; i < 1200; i++)
        {
            unknown.Append(CultureInfo.InvariantCulture, $"{prefix}X{i:D5},2.000364,Cấp phép,10,12/01/2026,Cơ quan không có\n");
        }

        var report = await ImportAsync(client, Csv(unknown.ToString()), dryRun: true);
        report.GetProperty("errorCount").GetInt32().ShouldBe(1200);
        var listed = report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).ToList();
        listed.Count.ShouldBe(1000);
        listed[0].ShouldBe(2);
        listed[^1].ShouldBe(1001);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, HttpContent file, bool dryRun) =>
        await (await client.PostAsync($"/api/v1/one-stop/import?dryRun={(dryRun ? "true" : "false")}", file, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

    private static async Task<int> CountAsync(HttpClient client, string code) =>
        (await (await client.GetAsync($"/api/v1/one-stop/dossiers?code={Uri.EscapeDataString(code)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    private static async Task<JsonElement> ItemAsync(HttpClient client, string code)
    {
        var list = await (await client.GetAsync($"/api/v1/one-stop/dossiers?code={Uri.EscapeDataString(code)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        return await (await client.GetAsync($"/api/v1/one-stop/dossiers/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static MultipartFormDataContent Csv(string text) => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "ho-so.csv" } };

    private static MultipartFormDataContent Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint index = 1;
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })) { RowIndex = index++ });
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Hồ sơ" });
            workbook.Workbook.Save();
        }

        return new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "ho-so.xlsx" } };
    }
}

[Collection("sqlite")]
public sealed class SqliteOneStopApiTests(SqliteApp app) : OneStopApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresOneStopApiTests(PostgresApp app) : OneStopApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
