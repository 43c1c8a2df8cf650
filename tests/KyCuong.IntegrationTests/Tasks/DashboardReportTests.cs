using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>
/// The dashboard's per-unit table (each direct sub-unit with the four statuses and both rates, drill-down, breadcrumb, scope) and
/// the XLSX exports with their title block, on both databases (docs/domain.md §6).
/// </summary>
public abstract partial class DashboardReportTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private sealed record Tree(Guid Parent, string ParentName, Guid A, string AName, Guid A1, Guid B, string BName, string OverdueTitle);

    private static DateTimeOffset Vn(int y, int m, int d, int h = 9) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(7));

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Under Sở Tư pháp: P (one own task on time) with sub-units A (one overdue) → A1 (one done on time) and B (one done late, one
    /// standing). The clock ends on Friday 6 February 2026, so a task due on the 5th and not done is overdue.
    /// </summary>
    private async Task<Tree> BuildAsync()
    {
        using var admin = await app.ClientForAsync("admin");
        var tag = Guid.NewGuid().ToString("N")[..6];
        async Task<(Guid, string)> Unit(string name, Guid parent, string kind)
        {
            var created = await (await admin.PostAsJsonAsync("/api/v1/units", new { name = name + " " + tag, shortName = "T" + tag, parentId = parent, kind }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            return (created.GetProperty("id").GetGuid(), name + " " + tag);
        }

        var (p, pName) = await Unit("Phòng Thống kê", await app.UnitIdAsync(Stp), "division");
        var (a, aName) = await Unit("Tổ Ánh sáng", p, "other");
        var (a1, _) = await Unit("Nhóm Ánh sáng một", a, "other");
        var (b, bName) = await Unit("Tổ Bình minh", p, "other");

        using var chutich = await app.ClientForAsync("chutich");
        async Task<Guid> Task(Guid unit, string? due, string title) =>
            (await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = unit, dueDate = due }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await Task(p, "2026-02-20", "Tổng hợp số liệu quý I " + tag);
        var overdueTitle = "Rà soát hồ sơ tồn đọng " + tag;
        await Task(a, "2026-02-05", overdueTitle);
        var doneOnTime = await Task(a1, "2026-02-05", "Cập nhật danh mục " + tag);
        var doneLate = await Task(b, "2026-02-04", "Báo cáo chuyên đề " + tag);
        await Task(b, null, "Theo dõi thường xuyên " + tag);
        await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{doneOnTime}/complete", new { result = "Đã cập nhật" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await SetClockAsync(Vn(2026, 2, 6));
        await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{doneLate}/complete", new { result = "Đã báo cáo" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return new Tree(p, pName, a, aName, a1, b, bName, overdueTitle);
    }

    private static void ShouldCount(JsonElement row, int onTime, int overdue, int doneOnTime, int doneLate)
    {
        row.GetProperty("inProgressOnTime").GetInt32().ShouldBe(onTime);
        row.GetProperty("inProgressOverdue").GetInt32().ShouldBe(overdue);
        row.GetProperty("doneOnTime").GetInt32().ShouldBe(doneOnTime);
        row.GetProperty("doneLate").GetInt32().ShouldBe(doneLate);
        row.GetProperty("total").GetInt32().ShouldBe(onTime + overdue + doneOnTime + doneLate);
    }

    private static void ShouldRate(JsonElement rate, int numerator, int denominator, decimal? percent)
    {
        rate.GetProperty("numerator").GetInt32().ShouldBe(numerator);
        rate.GetProperty("denominator").GetInt32().ShouldBe(denominator);
        if (percent is { } p)
        {
            rate.GetProperty("percent").GetDecimal().ShouldBe(p);
        }
        else
        {
            rate.GetProperty("percent").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task ByUnit_EachDirectSubUnitCarriesItsSubtree_RowsAddUp_AndDrillDownGoesOneLevel()
    {
        try
        {
            var tree = await BuildAsync();
            using var chutich = await app.ClientForAsync("chutich");
            var table = await (await chutich.GetAsync($"/api/v1/units/{tree.Parent}/task-summary/by-unit", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

            ShouldCount(table.GetProperty("overall"), onTime: 2, overdue: 1, doneOnTime: 1, doneLate: 1);
            var rows = table.GetProperty("rows").EnumerateArray().ToList();
            rows.Count.ShouldBe(3);

            // The parent's own task first, then the sub-units in Vietnamese alphabetical order (Á after A, before B).
            rows[0].GetProperty("own").GetBoolean().ShouldBeTrue();
            rows[0].GetProperty("unitId").GetGuid().ShouldBe(tree.Parent);
            ShouldCount(rows[0], 1, 0, 0, 0);

            rows[1].GetProperty("unitId").GetGuid().ShouldBe(tree.A);
            rows[1].GetProperty("name").GetString().ShouldBe(tree.AName);
            rows[1].GetProperty("hasChildren").GetBoolean().ShouldBeTrue();
            ShouldCount(rows[1], onTime: 0, overdue: 1, doneOnTime: 1, doneLate: 0); // A1's task counts in A's row
            ShouldRate(rows[1].GetProperty("onTimeRate"), 1, 1, 100m);
            ShouldRate(rows[1].GetProperty("overdueRate"), 1, 2, 50m);

            rows[2].GetProperty("unitId").GetGuid().ShouldBe(tree.B);
            rows[2].GetProperty("hasChildren").GetBoolean().ShouldBeFalse();
            ShouldCount(rows[2], onTime: 1, overdue: 0, doneOnTime: 0, doneLate: 1);
            ShouldRate(rows[2].GetProperty("onTimeRate"), 0, 1, 0m);
            ShouldRate(rows[2].GetProperty("overdueRate"), 0, 2, 0m);

            foreach (var field in new[] { "inProgressOnTime", "inProgressOverdue", "doneOnTime", "doneLate", "total" })
            {
                rows.Sum(r => r.GetProperty(field).GetInt32()).ShouldBe(table.GetProperty("overall").GetProperty(field).GetInt32(), field);
            }

            ShouldRate(table.GetProperty("overall").GetProperty("onTimeRate"), 1, 2, 50m);
            ShouldRate(table.GetProperty("overall").GetProperty("overdueRate"), 1, 5, 20m);

            // Drill-down into A: its own overdue task, then A1 with its task done on time; together what A's row showed.
            var down = await (await chutich.GetAsync($"/api/v1/units/{tree.A}/task-summary/by-unit", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var downRows = down.GetProperty("rows").EnumerateArray().ToList();
            downRows.Count.ShouldBe(2);
            downRows[0].GetProperty("own").GetBoolean().ShouldBeTrue();
            ShouldCount(downRows[0], 0, 1, 0, 0);
            downRows[1].GetProperty("unitId").GetGuid().ShouldBe(tree.A1);
            downRows[1].GetProperty("hasChildren").GetBoolean().ShouldBeFalse();
            ShouldCount(downRows[1], 0, 0, 1, 0);
            ShouldCount(down.GetProperty("overall"), 0, 1, 1, 0);
            ShouldRate(down.GetProperty("overall").GetProperty("onTimeRate"), 1, 1, 100m);

            // A leaf: no rows for sub-units, its own tasks only.
            var leaf = await (await chutich.GetAsync($"/api/v1/units/{tree.A1}/task-summary/by-unit", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            leaf.GetProperty("rows").EnumerateArray().Single().GetProperty("own").GetBoolean().ShouldBeTrue();

            // The breadcrumb: from the highest unit the chairman sees down to A; a period narrows the counts.
            var path = down.GetProperty("path").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();
            path[^1].ShouldBe(tree.AName);
            path[^2].ShouldBe(tree.ParentName);
            path[^3].ShouldBe(Stp);
            path[0].ShouldBe("Ủy ban nhân dân tỉnh An Giang");
            var period = await (await chutich.GetAsync($"/api/v1/units/{tree.Parent}/task-summary/by-unit?from=2026-03-01&to=2026-03-31", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            period.GetProperty("overall").GetProperty("total").GetInt32().ShouldBe(0);
            period.GetProperty("from").GetString().ShouldBe("2026-03-01");
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task ByUnit_OutsideTheViewersScope_Is404_AndTheBreadcrumbStopsAtTheScope()
    {
        try
        {
            var tree = await BuildAsync();
            using var sct = await app.ClientForAsync("giamdoc.sct");
            await (await sct.GetAsync($"/api/v1/units/{tree.Parent}/task-summary/by-unit", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await sct.GetAsync($"/api/v1/units/{tree.A1}/task-summary/by-unit", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await sct.GetAsync($"/api/v1/units/{Guid.NewGuid()}/task-summary/by-unit", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

            // The director of Sở Tư pháp sees the branch, and the breadcrumb begins at her department, not at the province.
            using var stp = await app.ClientForAsync("giamdoc.stp");
            var table = await (await stp.GetAsync($"/api/v1/units/{tree.A}/task-summary/by-unit", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            table.GetProperty("path").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ShouldBe([Stp, tree.ParentName, tree.AName]);
            var province = await app.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
            await (await stp.GetAsync($"/api/v1/units/{province}/task-summary/by-unit", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

            var reversed = await (await stp.GetAsync($"/api/v1/units/{tree.A}/task-summary/by-unit?from=2026-02-10&to=2026-02-01", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            reversed.GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();

            // The pages answer the same: the dashboard shows no numbers, the exports and the printed report are 404.
            using var sctPages = await SignInAsync("giamdoc.sct");
            var dashboard = await sctPages.GetAsync($"/Tasks/Dashboard?unitId={tree.Parent}", Ct);
            dashboard.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await dashboard.Content.ReadAsStringAsync(Ct)).ShouldNotContain(tree.AName);
            (await sctPages.GetAsync($"/Tasks/Dashboard?handler=ExportUnits&unitId={tree.Parent}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await sctPages.GetAsync($"/Tasks/Dashboard?handler=Export&format=xlsx&unitId={tree.Parent}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await sctPages.GetAsync($"/Tasks/Report?unitId={tree.Parent}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task Dashboard_ShowsTheTableWithDrillDownLinks_AndThePrintedReportCarriesTheSameNumbers()
    {
        try
        {
            var tree = await BuildAsync();
            using var client = await SignInAsync("chutich");
            var html = await (await client.GetAsync($"/Tasks/Dashboard?unitId={tree.Parent}", Ct)).Content.ReadAsStringAsync(Ct);
            html.ShouldContain($"href=\"?unitId={tree.A}\"");
            html.ShouldContain($"href=\"?unitId={tree.B}\"");
            html.ShouldContain("aria-label=\"Cấp đơn vị\"");

            var report = await client.GetAsync($"/Tasks/Report?unitId={tree.Parent}", Ct);
            report.StatusCode.ShouldBe(HttpStatusCode.OK);
            var text = await report.Content.ReadAsStringAsync(Ct);
            text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
            text.ShouldContain("An Giang, ngày 06 tháng 02 năm 2026");
            text.ShouldContain(tree.ParentName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")));
            text.ShouldContain("Tổng số nhiệm vụ: <strong>5</strong>");
            text.ShouldContain(tree.OverdueTitle);
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task Xlsx_PerUnitTable_HasTitleBlockNamesAndNumbers()
    {
        try
        {
            var tree = await BuildAsync();
            using var client = await SignInAsync("chutich");
            var sheet = await XlsxAsync(client, $"/Tasks/Dashboard?handler=ExportUnits&unitId={tree.Parent}", "tong-hop-theo-don-vi-20260206.xlsx");

            sheet.Text("A1").ShouldBe(Stp.ToUpperInvariant());
            sheet.Text("A2").ShouldBe(tree.ParentName.ToUpperInvariant());
            sheet.Text("A4").ShouldBe("TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ");
            sheet.Text("A5").ShouldBe($"Đơn vị: {tree.ParentName} và các đơn vị trực thuộc");
            sheet.Text("A6").ShouldBe("Kỳ báo cáo: toàn bộ, tính đến 06/02/2026");
            sheet.Text("A7").ShouldBe("Ngày lập: 06/02/2026");
            sheet.Text("B9").ShouldBe("Đơn vị");
            sheet.Text("H9").ShouldBe("Tỷ lệ hoàn thành đúng hạn (%)");

            sheet.Text("B10").ShouldBe("Trực tiếp " + tree.ParentName);
            sheet.Text("B11").ShouldBe(tree.AName);
            sheet.Number("D11").ShouldBe(1m); // overdue
            sheet.Number("E11").ShouldBe(1m); // done on time (A1)
            sheet.Number("G11").ShouldBe(2m);
            sheet.Number("H11").ShouldBe(100m);
            sheet.Number("I11").ShouldBe(50m);
            sheet.Text("B12").ShouldBe(tree.BName);
            sheet.Number("F12").ShouldBe(1m); // done late
            sheet.Text("B13").ShouldBe("Tổng cộng");
            sheet.Number("G13").ShouldBe(5m);
            sheet.Number("I13").ShouldBe(20m);
            sheet.AllText().ShouldNotContain(t => GuidPattern().IsMatch(t));
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task Xlsx_OverdueListAndTaskList_HaveVietnameseDatesAndNamesNotIds()
    {
        try
        {
            var tree = await BuildAsync();
            using var client = await SignInAsync("chutich");
            var overdue = await XlsxAsync(client, $"/Tasks/Dashboard?handler=Export&format=xlsx&status=inProgressOverdue&unitId={tree.Parent}", "nhiem-vu-qua-han-20260206.xlsx");
            overdue.Text("A4").ShouldBe("DANH SÁCH NHIỆM VỤ CHƯA HOÀN THÀNH – QUÁ HẠN");
            overdue.Text("A7").ShouldBe("Ngày lập: 06/02/2026");
            overdue.Text("B9").ShouldBe("Nhiệm vụ");
            overdue.Number("A10").ShouldBe(1m);
            overdue.Text("B10").ShouldBe(tree.OverdueTitle);
            overdue.Text("D10").ShouldBe(tree.AName);
            overdue.Date("F10").ShouldBe(new DateOnly(2026, 2, 3)); // received
            overdue.Date("G10").ShouldBe(new DateOnly(2026, 2, 5)); // due
            overdue.Text("I10").ShouldBe("Chưa hoàn thành – quá hạn");
            overdue.Text("B11").ShouldBe("");
            overdue.AllText().ShouldNotContain(t => GuidPattern().IsMatch(t));

            var list = await XlsxAsync(client, $"/Tasks?handler=Export&all=true&unitId={tree.Parent}", "danh-sach-nhiem-vu-20260206.xlsx");
            list.Text("A2").ShouldBe(tree.ParentName.ToUpperInvariant());
            list.Text("A4").ShouldBe("DANH SÁCH NHIỆM VỤ");
            list.Text("A5").ShouldBe($"Đơn vị: {tree.ParentName} và các đơn vị trực thuộc");
            Enumerable.Range(10, 5).Select(r => list.Text($"B{r}")).Where(t => t.Length > 0).Count().ShouldBe(5);
            list.Text("B15").ShouldBe("");
            var standing = Enumerable.Range(10, 5).Single(r => list.Text($"B{r}").StartsWith("Theo dõi thường xuyên", StringComparison.Ordinal));
            list.Text($"G{standing}").ShouldBe("Thường xuyên");
            var late = Enumerable.Range(10, 5).Single(r => list.Text($"B{r}").StartsWith("Báo cáo chuyên đề", StringComparison.Ordinal));
            list.Date($"H{late}").ShouldBe(new DateOnly(2026, 2, 6));
            list.Text($"I{late}").ShouldBe("Hoàn thành quá hạn");
            list.AllText().ShouldNotContain(t => GuidPattern().IsMatch(t));
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task DashboardTrend_InOneQuery_EqualsEachMonthsSummary()
    {
        try
        {
            var tree = await BuildAsync();
            using var chutich = await app.ClientForAsync("chutich");
            using var page = await SignInAsync("chutich");
            var html = await page.GetStringAsync($"/Tasks/Dashboard?unitId={tree.Parent}", Ct);
            var json = System.Net.WebUtility.HtmlDecode(TrendAttribute().Match(html).Groups[1].Value);
            var trend = JsonDocument.Parse(json).RootElement;
            var labels = trend.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
            var assigned = trend.GetProperty("assigned").EnumerateArray().Select(a => a.GetInt32()).ToList();
            var overdue = trend.GetProperty("overdue").EnumerateArray().Select(o => o.GetInt32()).ToList();

            // Six months up to the clock's (Friday 6 February 2026): 09/2025 … 02/2026.
            labels.ShouldBe(["09/2025", "10/2025", "11/2025", "12/2025", "01/2026", "02/2026"]);
            for (var i = 0; i < 6; i++)
            {
                var start = new DateOnly(2025, 9, 1).AddMonths(i);
                var month = await (await chutich.GetAsync(
                    $"/api/v1/units/{tree.Parent}/task-summary?includeDescendants=true&from={start:yyyy-MM-dd}&to={start.AddMonths(1).AddDays(-1):yyyy-MM-dd}", Ct))
                    .ShouldBeJsonAsync(HttpStatusCode.OK);
                var rate = month.GetProperty("overdueOfAssigned");
                assigned[i].ShouldBe(rate.GetProperty("denominator").GetInt32(), labels[i]);
                overdue[i].ShouldBe(rate.GetProperty("overdue").GetInt32(), labels[i]);
            }

            // The five tasks of the tree were received in the clock's first month or this one; one of them is overdue now.
            assigned.Sum().ShouldBe(5);
            overdue.Sum().ShouldBe(1);
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesThePerUnitTable_WithAnExample()
    {
        using var admin = await app.ClientForAsync("admin");
        var doc = await (await admin.GetAsync("/openapi/v1.json", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var get = doc.GetProperty("paths").GetProperty("/api/v1/units/{id}/task-summary/by-unit").GetProperty("get");
        get.GetProperty("operationId").GetString().ShouldBe("GetUnitTaskSummaryByUnit");
        var example = get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        example.GetProperty("rows")[1].GetProperty("overdueRate").GetProperty("percent").GetDecimal().ShouldBe(20m);
        get.GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
    }

    private static async Task<Sheet> XlsxAsync(HttpClient client, string url, string fileName)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"')).ShouldBe(fileName);
        return Sheet.Read(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    /// <summary>The first worksheet's cells by reference, with each cell's number format.</summary>
    private sealed class Sheet
    {
        private readonly Dictionary<string, (string Value, bool IsNumber, string? Format)> _cells = [];

        public static Sheet Read(byte[] bytes)
        {
            using var ms = new MemoryStream(bytes);
            using var doc = SpreadsheetDocument.Open(ms, false);
            var wb = doc.WorkbookPart!;
            var formats = wb.WorkbookStylesPart?.Stylesheet;
            var custom = formats?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
            var cellFormats = formats?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
            var ws = wb.WorksheetParts.Single().Worksheet;
            var sheet = new Sheet();
            foreach (var cell in ws.Descendants<Cell>())
            {
                var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
                string? format = null;
                if (cell.StyleIndex?.Value is { } style && style < cellFormats.Count && cellFormats[(int)style].NumberFormatId?.Value is { } id)
                {
                    format = custom.GetValueOrDefault(id);
                }

                sheet._cells[cell.CellReference!.Value!] = (text, (cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.CellValue is not null, format);
            }

            return sheet;
        }

        public string Text(string reference) => _cells.TryGetValue(reference, out var c) ? c.Value : "";

        public decimal Number(string reference)
        {
            var c = _cells[reference];
            c.IsNumber.ShouldBeTrue(reference + " is a number");
            return decimal.Parse(c.Value, CultureInfo.InvariantCulture);
        }

        public DateOnly Date(string reference)
        {
            var c = _cells[reference];
            c.Format.ShouldBe("dd/mm/yyyy", reference);
            return DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + int.Parse(c.Value, CultureInfo.InvariantCulture));
        }

        public IEnumerable<string> AllText() => _cells.Values.Select(c => c.Value);
    }

    /// <summary>A cookie session through the sign-in form (antiforgery token included), as a browser does.</summary>
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = token,
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return client;
    }

    [GeneratedRegex("data-trend=\"([^\"]*)\"")]
    private static partial Regex TrendAttribute();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();
}

[Collection("sqlite")]
public sealed class SqliteDashboardReportTests(SqliteApp app) : DashboardReportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresDashboardReportTests(PostgresApp app) : DashboardReportTests<PostgresApp>(app), IClassFixture<PostgresApp>;
