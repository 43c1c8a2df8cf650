using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Reports;

/// <summary>
/// Report regimes and reports (docs/domain.md "Reports", Decree 09/2019/NĐ-CP) on both databases: the period's cut-offs and deadline,
/// every reporting unit pre-filled with the task summary's own figures, editing with a recorded reason, submission, tracking of late
/// units in working days, and who may read or write.
/// </summary>
public abstract class ReportsApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Province = "Ủy ban nhân dân tỉnh An Giang";
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private sealed record Setup(Guid Regime, Guid Province, Guid Snv, Guid Sct, Guid Stp);

    /// <summary>The province asks its three departments for a monthly report; a task of Sở Nội vụ due Wednesday 4 Feb 2026 is one working day overdue on Thursday 5 Feb.</summary>
    private async Task<(Setup Setup, string OverdueTitle)> SetupAsync()
    {
        await SetClockAsync(KyCuongFactory.DefaultNow);
        var province = await app.UnitIdAsync(Province);
        var snv = await app.UnitIdAsync(Snv);
        var sct = await app.UnitIdAsync(Sct);
        var stp = await app.UnitIdAsync(Stp);
        using var chutich = await app.ClientForAsync("chutich");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var overdueTitle = "Rà soát thủ tục hành chính " + tag;
        (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = overdueTitle, leadUnitId = snv, dueDate = "2026-02-04" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await SetClockAsync(new DateTimeOffset(2026, 2, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        var created = await (await chutich.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo tháng về kỷ luật, kỷ cương hành chính " + tag,
            periodicity = "month",
            reportingUnitIds = new[] { snv, sct, stp },
            dueWorkingDays = 5,
            ownerUnitId = province,
            sections = new object[]
            {
                new { title = "Kết quả thực hiện nhiệm vụ", source = "taskSummary" },
                new { title = "Nhiệm vụ quá hạn", source = "overdueTasks" },
                new { title = "Khó khăn, vướng mắc và kiến nghị", source = "narrative" },
            },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (new Setup(created.GetProperty("id").GetGuid(), province, snv, sct, stp), overdueTitle);
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        process.ExitCode.ShouldBe(0, program);
        return output;
    }

    private static Guid ReportOf(JsonElement period, Guid unit) =>
        period.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unit).GetProperty("reportId").GetGuid();

    private static string StatusOf(JsonElement period, Guid unit) =>
        period.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unit).GetProperty("status").GetString()!;

    [Fact]
    public async Task Period_FollowsTheCutOffs_AndPreFillsEveryUnit_WithTheTaskSummarysFigures()
    {
        var (s, overdueTitle) = await SetupAsync();
        using var chutich = await app.ClientForAsync("chutich");
        var period = await (await chutich.GetAsync($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        // February: 15 January to 14 February; 5 working days after Saturday 14 Feb skip Tết (16–20 Feb) and two weekends → 27 Feb.
        period.GetProperty("from").GetString().ShouldBe("2026-01-15");
        period.GetProperty("to").GetString().ShouldBe("2026-02-14");
        period.GetProperty("dueDate").GetString().ShouldBe("2026-02-27");
        var units = period.GetProperty("units").EnumerateArray().ToList();
        units.Select(u => u.GetProperty("unitId").GetGuid()).ShouldBe([s.Snv, s.Sct, s.Stp], ignoreOrder: true);
        units.ShouldAllBe(u => u.GetProperty("status").GetString() == "notStarted" && u.GetProperty("reportId").ValueKind == JsonValueKind.String);

        foreach (var unit in new[] { s.Snv, s.Sct, s.Stp })
        {
            var report = await (await chutich.GetAsync($"/api/v1/reports/{ReportOf(period, unit)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            report.GetProperty("unitId").GetGuid().ShouldBe(unit);
            report.GetProperty("period").GetString().ShouldBe("2026-02");
            var figures = report.GetProperty("sections")[0].GetProperty("figures");
            var summary = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}/task-summary?includeDescendants=true&from=2026-01-15&to=2026-02-14", Ct);
            foreach (var name in new[] { "inProgressOnTime", "inProgressOverdue", "doneOnTime", "doneLate", "total" })
            {
                figures.GetProperty(name).GetInt32().ShouldBe(summary.GetProperty(name).GetInt32(), name);
            }

            figures.GetProperty("overdueOfAssigned").GetInt32().ShouldBe(summary.GetProperty("overdueOfAssigned").GetProperty("overdue").GetInt32());
            figures.GetProperty("assignedInPeriod").GetInt32().ShouldBe(summary.GetProperty("overdueOfAssigned").GetProperty("denominator").GetInt32());
            figures.GetProperty("overdueOfDue").GetInt32().ShouldBe(summary.GetProperty("overdueOfDue").GetProperty("overdue").GetInt32());
            figures.GetProperty("dueInPeriod").GetInt32().ShouldBe(summary.GetProperty("overdueOfDue").GetProperty("denominator").GetInt32());
            figures.GetProperty("overdueOfDuePercent").ToString().ShouldBe(summary.GetProperty("overdueOfDue").GetProperty("percent").ToString());
        }

        // The overdue task of Sở Nội vụ, due Wednesday 4 Feb, is one working day late on Thursday 5 Feb, with its lead named.
        var snvReport = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{ReportOf(period, s.Snv)}", Ct);
        var overdue = snvReport.GetProperty("sections")[1];
        overdue.GetProperty("figures").GetProperty("overdueTasks").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var line = overdue.GetProperty("text").GetString()!.Split('\n').Single(l => l.Contains(overdueTitle));
        line.ShouldContain("chủ trì: " + Snv);
        line.ShouldContain("hạn 04/02/2026");
        line.ShouldContain("chậm 1 ngày làm việc");

        // A figure follows live data until the unit edits the report: a new task of the period shows at the next reading.
        var before = snvReport.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32();
        (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = "Nhiệm vụ mới trong kỳ", leadUnitId = s.Snv, dueDate = "2026-02-10" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{ReportOf(period, s.Snv)}", Ct);
        after.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32().ShouldBe(before + 1);

        // A second reading of the period opens nothing new: the same reports.
        var again = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct);
        ReportOf(again, s.Sct).ShouldBe(ReportOf(period, s.Sct));
    }

    [Fact]
    public async Task RegimeList_ShowsTheOwnerAndTheReportingUnits_NotAnotherDepartment()
    {
        var (s, _) = await SetupAsync();
        using var chutich = await app.ClientForAsync("chutich");
        var own = (await chutich.AllItemsAsync("/api/v1/report-regimes", Ct))
            .Single(r => r.GetProperty("id").GetGuid() == s.Regime);
        own.GetProperty("owner").GetBoolean().ShouldBeTrue();
        own.GetProperty("reportingUnits").GetInt32().ShouldBe(3);
        own.GetProperty("currentPeriod").GetString().ShouldBe("2026-02"); // 5 February 2026 lies in 15 January – 14 February

        using var sct = await app.ClientForAsync("giamdoc.sct");
        (await sct.AllItemsAsync("/api/v1/report-regimes", Ct)).Single(r => r.GetProperty("id").GetGuid() == s.Regime)
            .GetProperty("owner").GetBoolean().ShouldBeFalse();

        // The director of Sở Tài chính, which does not report under this regime, does not see it.
        using var admin = await app.ClientForAsync("admin");
        var userName = "giamdoc.stc." + Guid.NewGuid().ToString("N")[..6];
        (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, fullName = "Trương Văn Tài", password = AppFixture.DemoPassword, unitId = await app.UnitIdAsync("Sở Tài chính tỉnh An Giang"),
            position = "Giám đốc", roles = new[] { "leader" },
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var stc = await app.ClientForAsync(userName);
        (await stc.AllItemsAsync("/api/v1/report-regimes", Ct)).ShouldNotContain(r => r.GetProperty("id").GetGuid() == s.Regime);
    }

    [Fact]
    public async Task ReportingUnitReadsOnlyItsOwn_AnotherUnitGets404_TheOwnerReadsButDoesNotWrite()
    {
        var (s, _) = await SetupAsync();
        using var chutich = await app.ClientForAsync("chutich");
        var period = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct);
        var snvReport = ReportOf(period, s.Snv);

        // Sở Công Thương sees its own row only, and Sở Nội vụ's report is "not found" for it.
        using var sct = await app.ClientForAsync("giamdoc.sct");
        var own = await (await sct.GetAsync($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        own.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ShouldBe([s.Sct]);
        await (await sct.GetAsync($"/api/v1/reports/{snvReport}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sct.PostAsJsonAsync($"/api/v1/reports/{snvReport}/submit", new { documentNumber = "1/BC-SCT", documentDate = "2026-02-03" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sct.PutAsJsonAsync($"/api/v1/reports/{snvReport}/sections/2", new { text = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // The owner reads but the unit writes its own report.
        await (await chutich.PutAsJsonAsync($"/api/v1/reports/{snvReport}/sections/2", new { text = "Viết thay" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{snvReport}", Ct)).GetProperty("canEdit").GetBoolean().ShouldBeFalse();

        // A unit outside the province's tree cannot be made to report, nor can a department set a regime for the province.
        var outsider = await app.UnitIdAsync("Ủy ban nhân dân tỉnh Kiên Giang");
        var refused = await (await chutich.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo quý", periodicity = "quarter", reportingUnitIds = new[] { outsider }, dueWorkingDays = 5, ownerUnitId = s.Province,
            sections = new[] { new { title = "Kết quả", source = "taskSummary" } },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("reportingUnitIds", out _).ShouldBeTrue();
        using var snvLeader = await app.ClientForAsync("giamdoc.snv");
        var notTheirs = await (await snvLeader.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo quý", periodicity = "quarter", reportingUnitIds = new[] { s.Sct }, dueWorkingDays = 5, ownerUnitId = s.Province,
            sections = new[] { new { title = "Kết quả", source = "taskSummary" } },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        notTheirs.GetProperty("errors").TryGetProperty("ownerUnitId", out _).ShouldBeTrue();
        await (await sct.GetAsync($"/api/v1/report-regimes/{Guid.NewGuid()}/periods/2026-02", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadInput_Is400_AndChangesNothing()
    {
        var (s, _) = await SetupAsync();
        using var chutich = await app.ClientForAsync("chutich");
        var bad = await (await chutich.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "", periodicity = "weekly", reportingUnitIds = Array.Empty<Guid>(), dueWorkingDays = -1,
            sections = new[] { new { title = "Kết quả", source = "guesswork" } },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "name", "periodicity", "reportingUnitIds", "dueWorkingDays", "sections[0].source" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        // A monthly regime has no quarters; a month 13 does not exist.
        await (await chutich.GetAsync($"/api/v1/report-regimes/{s.Regime}/periods/2026-Q1", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await chutich.GetAsync($"/api/v1/report-regimes/{s.Regime}/periods/2026-13", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        // A period not begun yet has no reports.
        var future = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-05", Ct);
        future.GetProperty("opened").GetBoolean().ShouldBeFalse();
        future.GetProperty("units").EnumerateArray().ShouldAllBe(u => u.GetProperty("reportId").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Edit_FigureNeedsAReason_Submit_RecordsTheDocument_ThenClosed_AndLateUnitsCountWorkingDays()
    {
        var (s, _) = await SetupAsync();
        using var snv = await app.ClientForAsync("giamdoc.snv");
        var period = await snv.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct);
        var id = ReportOf(period, s.Snv);
        var report = await snv.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", Ct);
        report.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        var total = report.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32();

        // Text needs no reason; a changed figure does, and a refused edit changes nothing.
        var narrative = "Đề nghị bổ sung biên chế cho bộ phận một cửa.";
        var edited = await (await snv.PutAsJsonAsync($"/api/v1/reports/{id}/sections/2", new { text = narrative }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        edited.GetProperty("status").GetString().ShouldBe("draft");
        edited.GetProperty("sections")[2].GetProperty("text").GetString().ShouldBe(narrative);
        var noReason = await (await snv.PutAsJsonAsync($"/api/v1/reports/{id}/sections/0", new { figures = new { total = total + 5 } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noReason.GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        await (await snv.PutAsJsonAsync($"/api/v1/reports/{id}/sections/0", new { figures = new { invented = 1 }, reason = "thử" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await snv.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", Ct)).GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32().ShouldBe(total);

        var reason = "Hai nhiệm vụ giao bằng văn bản giấy chưa nhập vào hệ thống.";
        var changed = await (await snv.PutAsJsonAsync($"/api/v1/reports/{id}/sections/0", new { figures = new { total = total + 2 }, reason }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        changed.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32().ShouldBe(total + 2);
        var change = changed.GetProperty("changes").EnumerateArray().Single();
        change.GetProperty("figure").GetString().ShouldBe("total");
        change.GetProperty("oldValue").GetString().ShouldBe(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        change.GetProperty("reason").GetString().ShouldBe(reason);

        // Once edited, the figures are the unit's: a new task no longer moves them.
        using var chutich = await app.ClientForAsync("chutich");
        (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = "Nhiệm vụ sau khi sửa", leadUnitId = s.Snv, dueDate = "2026-02-12" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await snv.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", Ct)).GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32().ShouldBe(total + 2);

        // Submission needs the outgoing document's number and date.
        var missing = await (await snv.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { documentNumber = "" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        missing.GetProperty("errors").TryGetProperty("documentNumber", out _).ShouldBeTrue();
        missing.GetProperty("errors").TryGetProperty("documentDate", out _).ShouldBeTrue();
        var submitted = await (await snv.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { documentNumber = "45/BC-SNV", documentDate = "2026-02-03" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        submitted.GetProperty("status").GetString().ShouldBe("submitted");
        submitted.GetProperty("documentNumber").GetString().ShouldBe("45/BC-SNV");
        submitted.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        var closed = await (await snv.PutAsJsonAsync($"/api/v1/reports/{id}/sections/2", new { text = "sửa sau khi gửi" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        closed.GetProperty("code").GetString().ShouldBe("reportSubmitted");
        (await (await snv.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { documentNumber = "46/BC-SNV", documentDate = "2026-02-03" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("reportSubmitted");

        // Tuesday 3 March 2026: the deadline (Friday 27 Feb) has passed by two working days (Mon 2, Tue 3 March) for the two others.
        await SetClockAsync(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(7)));
        var tracking = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct);
        StatusOf(tracking, s.Snv).ShouldBe("submitted");
        StatusOf(tracking, s.Sct).ShouldBe("late");
        StatusOf(tracking, s.Stp).ShouldBe("late");
        var late = tracking.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == s.Sct);
        late.GetProperty("workingDaysLate").GetInt32().ShouldBe(2);
        tracking.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == s.Snv).GetProperty("workingDaysLate").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Consolidated_SumsTheSubmittedReportsOfThreeUnits_ListsNarratives_AndShowsTheGaps()
    {
        var (s, _) = await SetupAsync();
        using var chutich = await app.ClientForAsync("chutich");
        var period = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct);
        var totals = new Dictionary<Guid, int>();
        async Task SubmitAsync(string user, Guid unit, string number, string? text)
        {
            using var client = await app.ClientForAsync(user);
            var id = ReportOf(period, unit);
            if (text is not null)
            {
                (await client.PutAsJsonAsync($"/api/v1/reports/{id}/sections/2", new { text }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            var done = await (await client.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { documentNumber = number, documentDate = "2026-02-05" }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            totals[unit] = done.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetInt32();
        }

        await SubmitAsync("giamdoc.snv", s.Snv, "12/BC-SNV", "Sở Nội vụ kiến nghị bổ sung biên chế.");
        await SubmitAsync("giamdoc.sct", s.Sct, "7/BC-SCT", null);
        var partial = await (await chutich.GetAsync($"/api/v1/report-regimes/{s.Regime}/periods/2026-02/consolidated", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        partial.GetProperty("units").GetInt32().ShouldBe(3);
        partial.GetProperty("submitted").GetInt32().ShouldBe(2);
        partial.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetDecimal().ShouldBe(totals[s.Snv] + totals[s.Sct]);
        partial.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("unitId").GetGuid()).ShouldBe([s.Stp]);
        var texts = partial.GetProperty("sections")[2].GetProperty("texts").EnumerateArray().ToList();
        texts.Single().GetProperty("text").GetString().ShouldBe("Sở Nội vụ kiến nghị bổ sung biên chế.");

        await SubmitAsync("giamdoc.stp", s.Stp, "3/BC-STP", null);
        var whole = await chutich.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02/consolidated", Ct);
        whole.GetProperty("submitted").GetInt32().ShouldBe(3);
        whole.GetProperty("sections")[0].GetProperty("figures").GetProperty("total").GetDecimal().ShouldBe(totals.Values.Sum());
        var figures = whole.GetProperty("sections")[0].GetProperty("figures");
        var den = figures.GetProperty("dueInPeriod").GetDecimal();
        if (den > 0)
        {
            figures.GetProperty("overdueOfDuePercent").GetDecimal().ShouldBe(Math.Round(100m * figures.GetProperty("overdueOfDue").GetDecimal() / den, 2));
        }

        whole.GetProperty("gaps").GetArrayLength().ShouldBe(0);

        // A reporting unit sees its own report, not the province's consolidation.
        using var sct = await app.ClientForAsync("giamdoc.sct");
        await (await sct.GetAsync($"/api/v1/report-regimes/{s.Regime}/periods/2026-02/consolidated", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_DocxCarriesTheDecree30Header_XlsxTheFigures_PdfOrAClear503()
    {
        var (s, _) = await SetupAsync();
        using var snv = await app.ClientForAsync("giamdoc.snv");
        var period = await snv.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{s.Regime}/periods/2026-02", Ct);
        var id = ReportOf(period, s.Snv);
        (await snv.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { documentNumber = "45/BC-SNV", documentDate = "2026-02-05" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var chutich = await app.ClientForAsync("chutich");
        var docx = await chutich.GetAsync($"/api/v1/reports/{id}/export?format=docx", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)))
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false))
        {
            var texts = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            texts.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            texts.ShouldContain("Độc lập - Tự do - Hạnh phúc");
            texts.ShouldContain("ỦY BAN NHÂN DÂN TỈNH AN GIANG");
            texts.ShouldContain("SỞ NỘI VỤ TỈNH AN GIANG");
            texts.ShouldContain("Số: 45/BC-SNV");
            texts.ShouldContain("An Giang, ngày 05 tháng 02 năm 2026");
            texts.ShouldContain("BÁO CÁO");
            texts.ShouldContain(t => t.StartsWith("Báo cáo tháng về kỷ luật, kỷ cương hành chính", StringComparison.Ordinal) && t.EndsWith("tháng 2 năm 2026", StringComparison.Ordinal));
            texts.ShouldContain("Nơi nhận:");
            texts.ShouldContain("- Ủy ban nhân dân tỉnh An Giang;");
            texts.ShouldContain("THỦ TRƯỞNG CƠ QUAN");
            texts.ShouldContain("Tổng số nhiệm vụ");
        }

        var xlsx = await chutich.GetAsync($"/api/v1/reports/{id}/export?format=xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)))
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false))
        {
            var cells = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
            cells.ShouldContain(c => c.Contains("Sở Nội vụ tỉnh An Giang", StringComparison.Ordinal));
            cells.ShouldContain("Tổng số nhiệm vụ");
        }

        var pdf = await chutich.GetAsync($"/api/v1/reports/{id}/export?format=pdf", Ct);
        if (File.Exists("/usr/bin/soffice"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
            System.Text.Encoding.ASCII.GetString(bytes[..5]).ShouldBe("%PDF-");

            // The PDF opens and page 1 shows the Decree 30 header: its text, and a rendered image (test.sh installs poppler-utils).
            var dir = Directory.CreateTempSubdirectory("kycuong-pdf-test-");
            try
            {
                var file = Path.Combine(dir.FullName, "report.pdf");
                await File.WriteAllBytesAsync(file, bytes, Ct);
                // The header's columns are narrow: a title may wrap, so whitespace is collapsed before looking.
                var text = System.Text.RegularExpressions.Regex.Replace(await RunAsync("pdftotext", "-l", "1", file, "-"), @"\s+", " ");
                text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
                text.ShouldContain("Số: 45/BC-SNV");
                text.ShouldContain("BÁO CÁO");
                await RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, Path.Combine(dir.FullName, "page1"));
                var png = new FileInfo(Path.Combine(dir.FullName, "page1.png"));
                png.Exists.ShouldBeTrue();
                png.Length.ShouldBeGreaterThan(5000);
                if (Environment.GetEnvironmentVariable("TEST_ARTIFACTS") is { Length: > 0 } artifacts)
                {
                    Directory.CreateDirectory(Path.Combine(artifacts, "screenshots"));
                    png.CopyTo(Path.Combine(artifacts, "screenshots", $"report-pdf-page1-{typeof(TApp).Name}.png"), overwrite: true);
                }
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        }
        else
        {
            (await pdf.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("code").GetString().ShouldBe("pdfUnavailable");
        }

        await (await chutich.GetAsync($"/api/v1/reports/{id}/export?format=doc", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var sct = await app.ClientForAsync("giamdoc.sct");
        await (await sct.GetAsync($"/api/v1/reports/{id}/export?format=docx", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection("sqlite")]
public sealed class SqliteReportsApiTests(SqliteApp app) : ReportsApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresReportsApiTests(PostgresApp app) : ReportsApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
