using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Reports;

/// <summary>
/// Late reports go through the same reminder ladder as tasks (docs/domain.md "Reports"), on both databases and with a moved clock:
/// nothing before the deadline (which crosses Tết), the first overdue step to the reporting unit's leader on the first working day after
/// it, the head of the body that set the regime from the ladder's head step, each step once, a bad row skipped and reported; and the
/// reporting units chosen by kind, resolved at each period.
/// </summary>
public abstract partial class LateReportChaseTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Province = "Ủy ban nhân dân tỉnh An Giang";

    private static DateTimeOffset Vn(int y, int m, int d, int h = 9) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(7));

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    /// <summary>Runs every job at <paramref name="now"/> and answers the outcome of the late-report job.</summary>
    private async Task<(string Outcome, int Failed, string? Error)> RunJobsAtAsync(DateTimeOffset now)
    {
        await SetClockAsync(now);
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = (await db.JobRuns.AsNoTracking().Where(r => r.Name == "reports.late").ToListAsync(Ct)).OrderByDescending(r => r.StartedAtUtc).First();
        return (run.Outcome ?? "", run.Failed, run.Error);
    }

    private async Task<List<ReportReminder>> RemindersAsync(Guid reportId)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.ReportReminders.AsNoTracking().Where(r => r.ReportId == reportId).ToListAsync(Ct)).OrderBy(r => r.Step).ThenBy(r => r.Kind).ToList();
    }

    /// <summary>A browser-like client signed in with a cookie (pages do not take the API's bearer token).</summary>
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex Token();

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var client = await app.ClientForAsync(userName);
        return (await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>A fresh unit of <paramref name="kind"/> under <paramref name="parent"/> with a leader and a specialist.</summary>
    private async Task<(Guid Unit, Guid Leader, Guid Specialist, string LeaderName)> NewUnitAsync(Guid parent, string kind)
    {
        using var admin = await app.ClientForAsync("admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var unit = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = $"Đơn vị thử {suffix}", shortName = "DVT", parentId = parent, kind }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var leader = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"ld.{suffix}", fullName = "Lãnh đạo thử", password = AppFixture.DemoPassword, unitId = unit, position = "Giám đốc", roles = new[] { "leader" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var specialist = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"cv.{suffix}", fullName = "Chuyên viên thử", password = AppFixture.DemoPassword, unitId = unit, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (unit, leader.GetProperty("id").GetGuid(), specialist.GetProperty("id").GetGuid(), $"ld.{suffix}");
    }

    [Fact]
    public async Task LateReport_ChasedByTheTaskLadder_AfterADeadlineAcrossTet_EachStepOnce_BadRowIsolated()
    {
        var province = await app.UnitIdAsync(Province);
        var (unit, leader, specialist, leaderName) = await NewUnitAsync(province, "department");
        var chairman = await UserIdAsync("chutich");
        await SetClockAsync(Vn(2026, 2, 5));
        using var chutich = await app.ClientForAsync("chutich");
        var regime = (await (await chutich.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo tháng thực hiện Công điện 280/CĐ-TTg " + Guid.NewGuid().ToString("N")[..6],
            periodicity = "month", reportingUnitIds = new[] { unit }, dueWorkingDays = 5, ownerUnitId = province,
            sections = new[] { new { title = "Kết quả thực hiện nhiệm vụ", source = "taskSummary" } },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Old data written before validation: a report of another unit whose deadline the working calendar cannot place.
        var badReport = Guid.NewGuid();
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Reports.Add(new Report(badReport, regime, Guid.NewGuid(), ReportPeriod.Month(2026, 1), new DateOnly(1800, 1, 2), KyCuongFactory.DefaultNow.UtcDateTime));
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            // February's data is cut off on Saturday 14 Feb; five working days skip Tết (16–20 Feb 2026) and two weekends: due Friday 27 Feb.
            // On Monday 23 Feb (past a deadline that ignored Tết) and on the due day itself nothing is sent.
            await RunJobsAtAsync(Vn(2026, 2, 23));
            await RunJobsAtAsync(Vn(2026, 2, 27));
            var period = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{regime}/periods/2026-02", Ct);
            period.GetProperty("dueDate").GetString().ShouldBe("2026-02-27");
            var row = period.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unit);
            var reportId = row.GetProperty("reportId").GetGuid();
            (await RemindersAsync(reportId)).ShouldBeEmpty();

            // Saturday 28 Feb is no working day: the first step waits for Monday 2 March, 08:00.
            await RunJobsAtAsync(Vn(2026, 2, 28, 10));
            (await RemindersAsync(reportId)).ShouldBeEmpty();

            // Monday 2 March: step 1 to the reporting unit's leader (not to its specialist); the bad row is skipped and reported.
            var monday = await RunJobsAtAsync(Vn(2026, 3, 2));
            monday.Outcome.ShouldBe("partial");
            monday.Failed.ShouldBe(1);
            monday.Error!.ShouldContain(badReport.ToString());
            var first = await RemindersAsync(reportId);
            first.Select(r => (r.Step, r.RecipientUserId, r.Kind)).ShouldBe([(1, leader, "overdue")]);
            first.ShouldNotContain(r => r.RecipientUserId == specialist);

            // The same day again: each step once.
            await RunJobsAtAsync(Vn(2026, 3, 2, 15));
            (await RemindersAsync(reportId)).Count.ShouldBe(1);

            // Tuesday 3 March: step 2 to the leader, escalated to the head of the body that set the regime (as a task's step 2 goes to the lead unit's head).
            await RunJobsAtAsync(Vn(2026, 3, 3));
            var second = (await RemindersAsync(reportId)).Where(r => r.Step == 2).ToList();
            second.Select(r => (r.RecipientUserId, r.Kind)).ShouldBe([(chairman, "escalation"), (leader, "overdue")], ignoreOrder: true);

            // The leader got the notice in the inbox, with a link to the report.
            using var leaderClient = await app.ClientForAsync(leaderName);
            var inbox = await leaderClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct);
            inbox.ToString().ShouldContain("Đôn đốc lần 2: báo cáo tháng 2 năm 2026 đã quá hạn gửi");
            inbox.ToString().ShouldContain($"/Reports/Report/{reportId}");

            // The superior's tracking shows the reminders sent, in the API and on the page.
            var tracking = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{regime}/periods/2026-02", Ct);
            var tracked = tracking.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unit);
            tracked.GetProperty("status").GetString().ShouldBe("late");
            tracked.GetProperty("workingDaysLate").GetInt32().ShouldBe(2);
            tracked.GetProperty("reminders").GetInt32().ShouldBe(2);
            using var browser = await SignInAsync("chutich");
            var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Reports/Period/{regime}/2026-02", Ct));
            page.ShouldContain("Đã nhắc 2 lần");

            // Submitted on Wednesday 4 March: no more reminders.
            await SetClockAsync(Vn(2026, 3, 4));
            (await leaderClient.PostAsJsonAsync($"/api/v1/reports/{reportId}/submit", new { documentNumber = "9/BC-DVT", documentDate = "2026-03-04" }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
            await RunJobsAtAsync(Vn(2026, 3, 5));
            (await RemindersAsync(reportId)).Count.ShouldBe(3);
        }
        finally
        {
            using (var scope = app.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.Reports.Where(r => r.Id == badReport).ExecuteDeleteAsync(Ct);
            }

            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task ReportingUnitsByKind_ResolvedInTheOwnersSubtreeAtEachPeriod_BadKindIs400()
    {
        await SetClockAsync(Vn(2026, 2, 5));
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var sct = await app.UnitIdAsync("Sở Công Thương tỉnh An Giang");
        var (first, _, _, _) = await NewUnitAsync(snv, "division");
        var (elsewhere, _, _, _) = await NewUnitAsync(sct, "division");
        using var director = await app.ClientForAsync("giamdoc.snv");

        var bad = await (await director.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo tháng", periodicity = "month", reportingUnitKinds = new[] { "village" }, dueWorkingDays = 5, ownerUnitId = snv,
            sections = new[] { new { title = "Kết quả", source = "taskSummary" } },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("reportingUnitKinds", out _).ShouldBeTrue();

        var regime = (await (await director.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo tháng của các phòng " + Guid.NewGuid().ToString("N")[..6], periodicity = "month", reportingUnitKinds = new[] { "division" },
            dueWorkingDays = 5, ownerUnitId = snv, sections = new[] { new { title = "Kết quả", source = "taskSummary" } },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var february = await director.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{regime}/periods/2026-02", Ct);
        var units = february.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ToList();
        units.ShouldContain(first);
        units.ShouldNotContain(elsewhere);
        units.ShouldNotContain(snv);
        units.ShouldAllBe(u => u != Guid.Empty);

        // A division created later reports from the next period on.
        var (later, _, _, _) = await NewUnitAsync(snv, "division");
        await SetClockAsync(Vn(2026, 3, 16));
        var march = await director.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{regime}/periods/2026-03", Ct);
        march.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ShouldContain(later);
        march.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == later).GetProperty("reportId").ValueKind.ShouldBe(JsonValueKind.String);
        await SetClockAsync(KyCuongFactory.DefaultNow);
    }

    [Fact]
    public async Task Narrative_KeepsItsLineBreaks_OnThePage_AndAsParagraphsInTheDocx()
    {
        await SetClockAsync(Vn(2026, 2, 5));
        var province = await app.UnitIdAsync(Province);
        var (unit, _, _, leaderName) = await NewUnitAsync(province, "department");
        using var chutich = await app.ClientForAsync("chutich");
        var regime = (await (await chutich.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo tháng " + Guid.NewGuid().ToString("N")[..6], periodicity = "month", reportingUnitIds = new[] { unit }, dueWorkingDays = 5, ownerUnitId = province,
            sections = new[] { new { title = "Khó khăn, vướng mắc và kiến nghị", source = "narrative" } },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var period = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{regime}/periods/2026-02", Ct);
        var id = period.GetProperty("units")[0].GetProperty("reportId").GetGuid();
        using var leader = await app.ClientForAsync(leaderName);
        var edited = await (await leader.PutAsJsonAsync($"/api/v1/reports/{id}/sections/0",
            new { text = "1. Thiếu biên chế bộ phận một cửa.\r\n2. Phần mềm chưa liên thông.\r\n\r\nKiến nghị: bổ sung 02 biên chế." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        edited.GetProperty("sections")[0].GetProperty("text").GetString()
            .ShouldBe("1. Thiếu biên chế bộ phận một cửa.\n2. Phần mềm chưa liên thông.\n\nKiến nghị: bổ sung 02 biên chế.");

        // The page shows the text to a reader (the province) in an element that keeps line breaks (white-space: pre-line in site.css).
        using var browser = await SignInAsync("chutich");
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Reports/Report/{id}", Ct));
        System.Text.RegularExpressions.Regex.IsMatch(page, "class=\"small report-text\">1\\. Thiếu biên chế bộ phận một cửa\\.\\r?\\n2\\. Phần mềm chưa liên thông\\.")
            .ShouldBeTrue();
        (await leader.GetStringAsync("/css/site.css", Ct)).ShouldContain(".report-text { white-space: pre-line; }");

        var docx = await leader.GetAsync($"/api/v1/reports/{id}/export?format=docx", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var texts = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var at = texts.IndexOf("1. Thiếu biên chế bộ phận một cửa.");
        at.ShouldBeGreaterThan(0);
        texts.Skip(at).Take(4).ShouldBe(["1. Thiếu biên chế bộ phận một cửa.", "2. Phần mềm chưa liên thông.", "", "Kiến nghị: bổ sung 02 biên chế."]);
        await SetClockAsync(KyCuongFactory.DefaultNow);
    }
}

[Collection("sqlite")]
public sealed class SqliteLateReportChaseTests(SqliteApp app) : LateReportChaseTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresLateReportChaseTests(PostgresApp app) : LateReportChaseTests<PostgresApp>(app), IClassFixture<PostgresApp>;
