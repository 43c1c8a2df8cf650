using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.Calendar;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Calendar;

/// <summary>The calendar API and pages, the same tests on SQLite and on PostgreSQL (each class has its own database).</summary>
public abstract partial class CalendarApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddWorkingDays_ContractExample_Specialist_2026_02_02()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var body = await (await client.GetAsync("/api/v1/calendar/add-working-days?from=2026-01-29&days=2", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("date").GetString().ShouldBe("2026-02-02");
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["date"]);
    }

    [Fact]
    public async Task AddWorkingDays_AcrossTet_SkipsTheWholeHoliday()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        // Fri 13 Feb 2026 + 1 working day: 14–22 Feb are off (Tết Mon 16–Fri 20 with the weekends) → Mon 23 Feb.
        var body = await (await client.GetAsync("/api/v1/calendar/add-working-days?from=2026-02-13&days=1", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("date").GetString().ShouldBe("2026-02-23");
    }

    [Fact]
    public async Task Days_TetRange_ReasonsPerContract()
    {
        using var client = await App.ClientForAsync("chutich");
        var days = await (await client.GetAsync("/api/v1/calendar/days?from=2026-02-13&to=2026-02-23", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var list = days.EnumerateArray().ToList();
        list.Count.ShouldBe(11);
        var byDate = list.ToDictionary(d => d.GetProperty("date").GetString()!, d => (Working: d.GetProperty("isWorkingDay").GetBoolean(), Reason: d.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : d.GetProperty("reason").GetString()));
        byDate["2026-02-13"].ShouldBe((true, (string?)null));
        byDate["2026-02-14"].ShouldBe((false, "weekend"));
        byDate["2026-02-15"].ShouldBe((false, "weekend"));
        foreach (var d in new[] { "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20" })
        {
            byDate[d].ShouldBe((false, "holiday:Tết Nguyên đán"), d);
        }

        byDate["2026-02-21"].ShouldBe((false, "weekend"));
        byDate["2026-02-22"].ShouldBe((false, "weekend"));
        byDate["2026-02-23"].ShouldBe((true, (string?)null));
        list[0].EnumerateObject().Select(p => p.Name).ShouldBe(["date", "isWorkingDay", "reason"]);
    }

    [Fact]
    public async Task Days_2026Decisions_SwapAndCompensatoryFromTheSeededData()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var jan = await Reasons(client, "2026-01-01", "2026-01-10");
        jan["2026-01-01"].ShouldBe("holiday:Tết Dương lịch");
        jan["2026-01-02"].ShouldBe("swappedOff");
        jan["2026-01-10"].ShouldBe("swappedWorking");
        var apr = await Reasons(client, "2026-04-26", "2026-04-27");
        apr["2026-04-26"].ShouldBe("holiday:Giỗ Tổ Hùng Vương");
        apr["2026-04-27"].ShouldBe("compensatory");
    }

    [Fact]
    public async Task Lunar_2026_02_17_IsLunarNewYear()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var body = await (await client.GetAsync("/api/v1/calendar/lunar?date=2026-02-17", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetRawText().ShouldBe("""{"year":2026,"month":1,"day":1,"leapMonth":false}""");
    }

    [Fact]
    public async Task Lunar_2033LeapEleventhMonth_LeapMonthTrue()
    {
        VietnameseLunarCalendar.LeapMonth(2033).ShouldBe(11);
        var solar = VietnameseLunarCalendar.ToSolar(new LunarDate(2033, 11, 15, IsLeapMonth: true));
        using var client = await App.ClientForAsync("chuyenvien");
        var body = await (await client.GetAsync($"/api/v1/calendar/lunar?date={solar:yyyy-MM-dd}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("year").GetInt32().ShouldBe(2033);
        body.GetProperty("month").GetInt32().ShouldBe(11);
        body.GetProperty("day").GetInt32().ShouldBe(15);
        body.GetProperty("leapMonth").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task CountAndCivilPeriod_CivilCodeArts147To148()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var count = await (await client.GetAsync("/api/v1/calendar/count-working-days?from=2026-01-29&to=2026-02-02", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        count.GetProperty("workingDays").GetInt32().ShouldBe(2);
        // 10 Feb 2026 + 5 days ends Sun 15 Feb, in Tết: the period ends at the end of the next working day, Mon 23 Feb (art. 148.5).
        var period = await (await client.GetAsync("/api/v1/calendar/civil-period?from=2026-02-10&days=5", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        period.GetProperty("date").GetString().ShouldBe("2026-02-23");
    }

    [Theory]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-02-30&days=2", "from")]
    [InlineData("/api/v1/calendar/add-working-days?from=abc&days=2", "from")]
    [InlineData("/api/v1/calendar/add-working-days?days=2", "from")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-01-29", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-01-29&days=-1", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-01-29&days=99999999999", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-01-29&days=2.5", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=1850-01-01&days=2", "from")]
    [InlineData("/api/v1/calendar/add-working-days?from=2100-12-30&days=5", "days")]
    [InlineData("/api/v1/calendar/days?from=2026-01-01&to=2028-09-27", "to")]
    [InlineData("/api/v1/calendar/days?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/api/v1/calendar/days?from=2026-02-13", "to")]
    [InlineData("/api/v1/calendar/days?from=2026-13-01&to=2026-02-01", "from")]
    [InlineData("/api/v1/calendar/lunar", "date")]
    [InlineData("/api/v1/calendar/lunar?date=2026-02-29", "date")]
    [InlineData("/api/v1/calendar/lunar?date=3000-01-01", "date")]
    [InlineData("/api/v1/calendar/count-working-days?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/api/v1/calendar/civil-period?from=2026-02-10&days=x", "days")]
    [InlineData("/api/v1/calendar/years/1800/decision", "year")]
    public async Task Query_BadInput_400WithFieldErrors(string url, string field)
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var problem = await (await client.GetAsync(url, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue(problem.GetRawText());
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Days_Anonymous_401()
    {
        using var client = App.Anonymous();
        await (await client.GetAsync("/api/v1/calendar/days?from=2026-02-13&to=2026-02-23", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.GetAsync("/api/v1/calendar/lunar?date=2026-02-17", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Edit_Specialist_403AndNothingChanges()
    {
        using var specialist = await App.ClientForAsync("chuyenvien");
        int before = await VersionAsync(specialist);
        var put = await specialist.PutAsJsonAsync("/api/v1/calendar/years/2031/decision", new { source = "Không có thẩm quyền", extraDaysOff = new[] { new { date = "2031-03-04", note = "Thử" } } }, Ct);
        await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var rule = await specialist.PostAsJsonAsync("/api/v1/calendar/rules", new { month = 6, day = 1, name = "Thử", firstYear = 2031, legalBasis = "Không" }, Ct);
        await rule.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await specialist.PostAsync("/api/v1/calendar/recompute/preview", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await specialist.PostAsJsonAsync("/api/v1/calendar/recompute/apply", new { reason = "Thử" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await VersionAsync(specialist)).ShouldBe(before);
        await (await specialist.GetAsync("/api/v1/calendar/years/2031/decision", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetDecision_2026_SeededFromTheBuiltIns()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var d = await (await client.GetAsync("/api/v1/calendar/years/2026/decision", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        d.GetProperty("tetDaysOff").EnumerateArray().Select(x => x.GetString()).ShouldBe(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
        d.GetProperty("swaps")[0].GetProperty("dayOff").GetString().ShouldBe("2026-01-02");
        d.GetProperty("swaps")[0].GetProperty("dayWorked").GetString().ShouldBe("2026-01-10");
        d.GetProperty("source").GetString()!.ShouldContain("Bộ Nội vụ");
        var rules = await (await client.GetAsync("/api/v1/calendar/rules", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        rules.EnumerateArray().Count(r => r.GetProperty("builtIn").GetBoolean()).ShouldBe(5);
    }

    [Fact]
    public async Task PutDecision_InvalidFields_400NamingEachField()
    {
        using var admin = await App.ClientForAsync("admin");
        int before = await VersionAsync(admin);
        var problem = await (await admin.PutAsJsonAsync("/api/v1/calendar/years/2032/decision", new
        {
            source = "",
            tetDaysOff = new[] { "2032-02-30", "2031-12-31", "2032-07-01" },
            nationalDayAdjacentDay = "2032-09-05",
            swaps = new[] { new { dayOff = "2032-05-03", dayWorked = "2032-05-04", note = "thứ Ba không phải ngày nghỉ cuối tuần" } },
            extraHolidays = new[] { new { date = "2032-06-01", name = "" } },
            extraDaysOff = new[] { new { date = "2032-06-05", note = (string?)null } },
            extraWorkingDays = new[] { new { date = "2032-06-08", note = "ngày thường" } },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "source", "tetDaysOff[0]", "tetDaysOff[1]", "tetDaysOff[2]", "nationalDayAdjacentDay", "swaps[0].dayWorked", "extraHolidays[0].name", "extraDaysOff[0].note", "extraDaysOff[0].date", "extraWorkingDays[0].date" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue($"{field}: {errors.GetRawText()}");
        }

        (await VersionAsync(admin)).ShouldBe(before);
        var malformed = await admin.PutAsync("/api/v1/calendar/years/2032/decision", new StringContent("{\"source\": ", System.Text.Encoding.UTF8, "application/json"), Ct);
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AddRule_24NovFrom2026_DaysChange_LedgerKeepsDate_PreviewAndApplyMoveIt()
    {
        using var admin = await App.ClientForAsync("admin");
        // Given before the edit: Fri 20 Nov 2026 + 3 working days → Wed 25 Nov.
        var ownerId = Guid.NewGuid();
        (await RecordAsync(App.Factory.Services, "test", ownerId, new DateOnly(2026, 11, 20), 3)).ShouldBe(new DateOnly(2026, 11, 25));
        int before = await VersionAsync(admin);

        var created = await (await admin.PostAsJsonAsync("/api/v1/calendar/rules", new
        {
            month = 11, day = 24, name = "Ngày Văn hóa Việt Nam", firstYear = 2026, legalBasis = "Thử nghiệm: ngày lễ mới theo đề xuất (docs/domain.md §7)",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("builtIn").GetBoolean().ShouldBeFalse();
        int after = await VersionAsync(admin);
        after.ShouldBeGreaterThan(before);
        created.GetProperty("calendarVersion").GetInt32().ShouldBe(after);

        var nov = await Reasons(admin, "2026-11-23", "2026-11-26");
        nov["2026-11-24"].ShouldBe("holiday:Ngày Văn hóa Việt Nam");
        (await Reasons(admin, "2025-11-24", "2025-11-24"))["2025-11-24"].ShouldBeNull();
        var add = await (await admin.GetAsync("/api/v1/calendar/add-working-days?from=2026-11-20&days=3", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        add.GetProperty("date").GetString().ShouldBe("2026-11-26");

        var id = created.GetProperty("id").GetGuid();
        (await AuditAsync(e => e.EntityType == "calendarRule" && e.EntityId == id && e.Action == "ruleAdded")).Count.ShouldBe(1);

        // docs/domain.md §7: the deadline already given keeps its date.
        (await LedgerDueAsync("test", ownerId)).ShouldBe(new DateOnly(2026, 11, 25));

        var preview = await (await admin.PostAsync("/api/v1/calendar/recompute/preview", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        preview.GetProperty("applied").GetBoolean().ShouldBeFalse();
        var mine = preview.GetProperty("moved").EnumerateArray().Single(m => m.GetProperty("ownerId").GetGuid() == ownerId);
        mine.GetProperty("oldDue").GetString().ShouldBe("2026-11-25");
        mine.GetProperty("newDue").GetString().ShouldBe("2026-11-26");
        (await LedgerDueAsync("test", ownerId)).ShouldBe(new DateOnly(2026, 11, 25));

        var noReason = await admin.PostAsJsonAsync("/api/v1/calendar/recompute/apply", new { reason = " " }, Ct);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        var stale = await admin.PostAsJsonAsync("/api/v1/calendar/recompute/apply", new { reason = "Thử", expectedCalendarVersion = after - 1 }, Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("calendar.changedSincePreview");

        var auditsBefore = (await AuditAsync(e => e.Action == "deadlinesRecomputed")).Count;
        var applied = await (await admin.PostAsJsonAsync("/api/v1/calendar/recompute/apply", new { reason = "Áp dụng ngày lễ 24/11 cho các hạn chưa đến", expectedCalendarVersion = after }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        applied.GetProperty("applied").GetBoolean().ShouldBeTrue();
        applied.GetProperty("moved").EnumerateArray().Single(m => m.GetProperty("ownerId").GetGuid() == ownerId).GetProperty("newDue").GetString().ShouldBe("2026-11-26");
        (await LedgerDueAsync("test", ownerId)).ShouldBe(new DateOnly(2026, 11, 26));
        var audits = await AuditAsync(e => e.Action == "deadlinesRecomputed");
        audits.Count.ShouldBe(auditsBefore + 1);
        var entry = audits.OrderBy(a => a.AtUtc).ThenBy(a => a.Id).Last();
        entry.DataJson!.ShouldContain(ownerId.ToString());
        entry.DataJson!.ShouldContain("2026-11-25");
        entry.Reason.ShouldBe("Áp dụng ngày lễ 24/11 cho các hạn chưa đến");

        var again = await (await admin.PostAsJsonAsync("/api/v1/calendar/recompute/apply", new { reason = "Lần hai" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        again.GetProperty("moved").GetArrayLength().ShouldBe(0);

        var duplicate = await admin.PostAsJsonAsync("/api/v1/calendar/rules", new { month = 11, day = 24, name = "Trùng", firstYear = 2027, legalBasis = "Thử" }, Ct);
        (await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("calendar.ruleExists");
    }

    [Fact]
    public async Task PutDecision_ExtraDayOff2027_AuditedVersioned_OwnerMovesItsRowOnApply()
    {
        var owner = new RecordingOwner();
        await using var factory = App.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDeadlineOwner>(owner)));
        using var admin = await SignInAsync(factory, "admin");

        // A deadline already passed (given under the old calendar) is never re-computed.
        var ownerId = Guid.NewGuid();
        var passedId = Guid.NewGuid();
        (await RecordAsync(factory.Services, RecordingOwner.Type, ownerId, new DateOnly(2027, 3, 8), 2)).ShouldBe(new DateOnly(2027, 3, 10));
        await RecordAsync(factory.Services, RecordingOwner.Type, passedId, new DateOnly(2026, 1, 5), 2);
        int before = await VersionAsync(admin);

        var saved = await (await admin.PutAsJsonAsync("/api/v1/calendar/years/2027/decision", new
        {
            source = "Thông báo thử nghiệm số 01/TB-BNV",
            reason = "Nghỉ thêm một ngày",
            extraDaysOff = new[] { new { date = "2027-03-09", note = "Ngày nghỉ đặc biệt (thử nghiệm)" } },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        saved.GetProperty("year").GetInt32().ShouldBe(2027);
        saved.GetProperty("version").GetInt32().ShouldBe(1);
        int after = saved.GetProperty("calendarVersion").GetInt32();
        after.ShouldBeGreaterThan(before);
        (await VersionAsync(admin)).ShouldBe(after);
        (await Reasons(admin, "2027-03-09", "2027-03-09"))["2027-03-09"].ShouldBe("decidedOff");
        var rowId = (await AuditAsync(e => e.EntityType == "calendarYear" && e.Action == "decisionCreated")).Single(e => e.DataJson!.Contains("2027-03-09")).EntityId;
        rowId.ShouldNotBe(Guid.Empty);

        // Correcting it needs the version read (optimistic concurrency).
        var stale = await admin.PutAsJsonAsync("/api/v1/calendar/years/2027/decision", new { source = "Sửa", expectedVersion = 7 }, Ct);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("calendar.decisionChanged");

        (await LedgerDueAsync(RecordingOwner.Type, ownerId)).ShouldBe(new DateOnly(2027, 3, 10));
        var applied = await (await admin.PostAsJsonAsync("/api/v1/calendar/recompute/apply", new { reason = "Theo thông báo thử nghiệm số 01/TB-BNV" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var moved = applied.GetProperty("moved").EnumerateArray().Where(m => m.GetProperty("ownerType").GetString() == RecordingOwner.Type).ToList();
        moved.Count.ShouldBe(1);
        moved[0].GetProperty("newDue").GetString().ShouldBe("2027-03-11");
        owner.Calls.ShouldBe([(ownerId, new DateOnly(2027, 3, 11))]);
        (await LedgerDueAsync(RecordingOwner.Type, ownerId)).ShouldBe(new DateOnly(2027, 3, 11));
        (await LedgerDueAsync(RecordingOwner.Type, passedId)).ShouldBe(new DateOnly(2026, 1, 7));
    }

    [Fact]
    public async Task Ledger_DueNotWhatTheCalendarGives_Refused()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<IDeadlineLedger>();
        await Should.ThrowAsync<ArgumentException>(() => ledger.RecordAsync("test", Guid.NewGuid(), new DateOnly(2026, 1, 29), 2, new DateOnly(2026, 1, 31), Ct));
    }

    [Fact]
    public async Task Pages_YearViewAndAdmin_RenderForAdmin_ForbiddenForSpecialist()
    {
        using var admin = await SignInAsync(App.Factory, "admin");
        // Razor encodes non-ASCII text as character references; compare the decoded page.
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/Calendar?year=2026", Ct));
        html.ShouldContain("Lịch làm việc năm 2026");
        html.ShouldContain("/css/calendar.css");
        Regex.IsMatch(html, """data-date="2026-02-17" data-reason="holiday:Tết Nguyên đán">\s*<span class="kc-cal-solar">17</span>\s*<span class="kc-cal-lunar kc-cal-lunar-start">1/1</span>""").ShouldBeTrue();
        html.ShouldContain("Bính Ngọ");
        html.ShouldNotContain("style=\"");
        var adminHtml = WebUtility.HtmlDecode(await admin.GetStringAsync("/Calendar/Admin?year=2026", Ct));
        adminHtml.ShouldContain("Quyết định nghỉ lễ, Tết năm 2026");
        adminHtml.ShouldContain("value=\"16/02/2026\""); // date fields are typed and shown day first (Platform/Web/Dates)
        adminHtml.ShouldNotContain("<script>");
        adminHtml.ShouldNotContain("style=\"");

        using var specialist = await SignInAsync(App.Factory, "chuyenvien", allowRedirect: false);
        (await specialist.GetAsync("/Calendar?year=2033", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var denied = await specialist.GetAsync("/Calendar/Admin", Ct);
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("AccessDenied");
    }

    [Fact]
    public async Task AdminPage_PostsWithoutJavaScript_ErrorsShownAndPreviewListed()
    {
        using var admin = await SignInAsync(App.Factory, "admin");
        var page = await admin.GetStringAsync("/Calendar/Admin?year=2026", Ct);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var bad = await admin.PostAsync("/Calendar/Admin?year=2026&handler=Rule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Rule.Kind"] = "solar", ["Rule.Day"] = "31", ["Rule.Month"] = "2", ["Rule.Name"] = "", ["Rule.FirstYear"] = "2026", ["Rule.LegalBasis"] = "",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        badHtml.ShouldContain("Tên ngày lễ là bắt buộc");
        badHtml.ShouldContain("Căn cứ pháp lý là bắt buộc");
        badHtml.ShouldContain("Ngày phải từ 1 đến 29");

        var preview = await admin.PostAsync("/Calendar/Admin?year=2026&handler=Preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }), Ct);
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync(Ct)).ShouldContain("Xem trước theo phiên bản lịch");
    }

    [Fact]
    public async Task Pages_Anonymous_RedirectToSignIn()
    {
        using var client = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Calendar", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    private static async Task<Dictionary<string, string?>> Reasons(HttpClient client, string from, string to)
    {
        var days = await (await client.GetAsync($"/api/v1/calendar/days?from={from}&to={to}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return days.EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : d.GetProperty("reason").GetString());
    }

    private static async Task<int> VersionAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/calendar", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();

    /// <summary>What an owner module does when it sets a working-day deadline: compute with the scope's calendar, record, save.</summary>
    private static async Task<DateOnly> RecordAsync(IServiceProvider services, string ownerType, Guid ownerId, DateOnly trigger, int days)
    {
        await using var scope = services.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<ICalendarService>();
        var due = await calendar.DueAfterWorkingDaysAsync(trigger, days, Ct);
        await scope.ServiceProvider.GetRequiredService<IDeadlineLedger>().RecordAsync(ownerType, ownerId, trigger, days, due, Ct);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        return due;
    }

    private async Task<DateOnly> LedgerDueAsync(string ownerType, Guid ownerId)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.CalendarDeadlines.AsNoTracking().Where(d => d.OwnerType == ownerType && d.OwnerId == ownerId).Select(d => d.DueDate).SingleAsync(Ct);
    }

    private async Task<List<KyCuong.Web.Platform.Auditing.AuditEntry>> AuditAsync(System.Linq.Expressions.Expression<Func<KyCuong.Web.Platform.Auditing.AuditEntry, bool>> filter)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(filter).ToListAsync(Ct);
    }

    /// <summary>A cookie session through the sign-in form (antiforgery token included), as a browser does.</summary>
    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName, bool allowRedirect = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = token,
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        if (!allowRedirect)
        {
            return client;
        }

        // The bearer API and the cookie pages share accounts: add a token so one client does both.
        using var anon = factory.CreateClient();
        var issued = await (await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFixture.DemoPassword }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued.GetProperty("accessToken").GetString());
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed class RecordingOwner : IDeadlineOwner
    {
        public const string Type = "recording";

        public List<(Guid, DateOnly)> Calls { get; } = [];

        public string OwnerType => Type;

        public Task ApplyAsync(Guid ownerId, DateOnly newDue, CancellationToken ct)
        {
            Calls.Add((ownerId, newDue));
            return Task.CompletedTask;
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteCalendarApiTests(SqliteApp app) : CalendarApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresCalendarApiTests(PostgresApp app) : CalendarApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
