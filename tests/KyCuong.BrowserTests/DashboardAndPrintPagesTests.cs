using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The dashboard's per-unit table with drill-down and breadcrumb, and the printable sheets in the Nghị định 30/2020 layout (task,
/// document, consultation, dashboard report), on screen and in print media. The host's clock is Tue 03/02/2026 09:00 (UTC+7).
/// </summary>
[Collection("browser-b")]
public sealed partial class DashboardAndPrintPagesTests(BrowserFixture fixture)
{
    private const string UbndTinh = "Ủy ban nhân dân tỉnh An Giang";
    private const string SoNoiVu = "Sở Nội vụ tỉnh An Giang";
    private const string SoCongThuong = "Sở Công Thương tỉnh An Giang";
    private const string Cchc = "Phòng Cải cách hành chính";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> UnitIdAsync(HttpClient api, string name)
    {
        var units = await api.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        return units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Dashboard_PerUnitTable_DrillsDownAndTheBreadcrumbGoesBackUp()
    {
        using (var api = await fixture.ApiAsync("chutich"))
        {
            var cchc = await UnitIdAsync(api, Cchc);
            (await api.PostAsJsonAsync("/api/v1/tasks", new { title = "Tổng hợp kết quả cải cách hành chính quý I", leadUnitId = cchc, dueDate = "2026-02-27" }, Ct)).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInPageAsync("chutich", land: false);
        await page.GotoAsync("/Tasks/Dashboard");
        var table = page.GetByTestId("unit-table");
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Tỷ lệ hoàn thành đúng hạn" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Tỷ lệ quá hạn" })).ToBeVisibleAsync();
        await ShouldAddUpAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "90-bang-theo-doi-theo-don-vi");

        // One level down: Sở Nội vụ, its divisions in the table, the province in the breadcrumb.
        await table.GetByRole(AriaRole.Link, new() { Name = SoNoiVu, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(SoNoiVu + " và đơn vị trực thuộc");
        var crumbs = page.GetByTestId("unit-breadcrumb");
        await Expect(crumbs.GetByRole(AriaRole.Link, new() { Name = UbndTinh })).ToBeVisibleAsync();
        await Expect(crumbs.Locator("[aria-current=page]")).ToHaveTextAsync(SoNoiVu);
        var row = table.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Cchc, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        int.Parse(await row.Locator("td[data-label='Tổng số']").InnerTextAsync(), CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        await ShouldAddUpAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "91-bang-theo-doi-so-noi-vu");

        // Back up through the breadcrumb.
        await crumbs.GetByRole(AriaRole.Link, new() { Name = UbndTinh }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(UbndTinh + " và đơn vị trực thuộc");
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = SoNoiVu, Exact = true })).ToBeVisibleAsync();

        // On a phone each row is a card; nothing scrolls sideways.
        var phone = await fixture.SignedInPageAsync("giamdoc.snv", 390, 844, land: false);
        await phone.GotoAsync("/Tasks/Dashboard");
        await Expect(phone.GetByTestId("unit-table")).ToBeVisibleAsync();
        (await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(phone, "92-dien-thoai-bang-theo-doi-theo-don-vi");
    }

    /// <summary>The rows of the per-unit table add up to its total row, column by column.</summary>
    private static async Task ShouldAddUpAsync(IPage page)
    {
        var sums = await page.EvaluateAsync<int[][]>("""
            () => {
                const t = document.querySelector('[data-testid=unit-table]');
                const col = (tr, i) => parseInt(tr.querySelectorAll('td')[i].textContent.trim(), 10);
                const rows = [...t.querySelectorAll('tbody tr[data-unit-id]')];
                const total = t.querySelector('tfoot tr');
                return [0, 1, 2, 3, 4].map(i => [rows.reduce((s, r) => s + col(r, i), 0), col(total, i)]);
            }
            """);
        foreach (var pair in sums)
        {
            pair[0].ShouldBe(pair[1]);
        }
    }

    [Fact]
    public async Task PrintViews_FollowTheDecree30Layout_OnScreenAndInPrint()
    {
        Guid task, consultation, document;
        using (var snv = await fixture.ApiAsync("giamdoc.snv"))
        {
            var lead = await UnitIdAsync(snv, Cchc);
            var created = await (await snv.PostAsJsonAsync("/api/v1/tasks", new { title = "Rà soát quy chế làm việc của Sở", leadUnitId = lead, dueDate = "2026-02-27" }, Ct))
                .Content.ReadFromJsonAsync<JsonElement>(Ct);
            task = created.GetProperty("id").GetGuid();
            var asked = await (await snv.PostAsJsonAsync("/api/v1/consultations", new
            {
                subject = "Dự thảo quy chế phối hợp kiểm tra công vụ", proposal = "Ban hành quy chế phối hợp kiểm tra công vụ năm 2026.",
                requesterUnitId = await UnitIdAsync(snv, SoNoiVu), consultedUnitIds = new[] { await UnitIdAsync(snv, SoCongThuong) }, workingDays = 5,
            }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
            consultation = asked.GetProperty("id").GetGuid();
        }

        using (var clerk = await fixture.ApiAsync("vanthu"))
        {
            var list = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/documents?direction=incoming", Ct);
            document = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        }

        Guid province;
        using (var chutich = await fixture.ApiAsync("chutich"))
        {
            province = await UnitIdAsync(chutich, UbndTinh);
        }

        (string User, string From, string Link, string Url, string TestId, string Title, string Shot)[] views =
        [
            ("giamdoc.snv", $"/Tasks/Details/{task}", "In phiếu nhiệm vụ", $"/Tasks/Print/{task}", "print-task", "PHIẾU GIAO VÀ THEO DÕI NHIỆM VỤ", "93-in-phieu-nhiem-vu"),
            ("vanthu", $"/Documents/Details/{document}", "In phiếu văn bản", $"/Documents/Print/{document}", "print-document", "PHIẾU XỬ LÝ VĂN BẢN ĐẾN", "94-in-phieu-van-ban"),
            ("giamdoc.snv", $"/Consultations/Details/{consultation}", "In phiếu tổng hợp ý kiến", $"/Consultations/Record/{consultation}", "print-consultation", "PHIẾU TỔNG HỢP Ý KIẾN", "95-in-phieu-lay-y-kien"),
            ("chutich", $"/Tasks/Dashboard?unitId={province}", "In báo cáo", $"/Tasks/Report?unitId={province}", "print-report", "BÁO CÁO", "96-in-bao-cao-bang-theo-doi"),
        ];
        foreach (var v in views)
        {
            var page = await fixture.SignedInPageAsync(v.User, land: false);
            await page.GotoAsync(v.From);
            await page.GetByRole(AriaRole.Link, new() { Name = v.Link, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(v.Url) + "$"));
            var sheet = page.GetByTestId(v.TestId);
            var heading = sheet.GetByTestId("print-heading");
            await Expect(heading).ToContainTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            await Expect(heading).ToContainTextAsync("Độc lập - Tự do - Hạnh phúc");
            await Expect(heading).ToContainTextAsync("Số: …/…");
            await Expect(sheet.GetByTestId("print-date")).ToHaveTextAsync(new Regex(", ngày 03 tháng 02 năm 2026$"));
            await Expect(sheet.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(v.Title);
            var print = page.GetByTestId("print-button");
            await Expect(print).ToBeVisibleAsync();
            await Expect(print).ToHaveTextAsync("In");

            // "In" opens the browser's print dialog (replaced here by a marker, a headless browser has no dialog).
            await page.EvaluateAsync("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }");
            await print.ClickAsync();
            (await page.EvaluateAsync<int>("() => window.__printed")).ShouldBe(1);
            await BrowserFixture.ScreenshotAsync(page, v.Shot);

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.GetByTestId("main-nav")).ToBeHiddenAsync();
            await Expect(print).ToBeHiddenAsync();
            await Expect(page.Locator("footer")).ToBeHiddenAsync();
            var font = await sheet.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.fontFamily, s.fontSize]; }");
            font[0].ShouldStartWith("\"Times New Roman\"");
            font[1].ShouldBe("17.3333px"); // 13 pt
            await BrowserFixture.ScreenshotAsync(page, v.Shot + "-ban-in");

            // The printed page is A4 (595 × 842 points) as @page asks.
            var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));
            pdf.ShouldMatch(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]");
        }
    }

    [Fact]
    public async Task PrintViews_OfAnotherBranch_AreNotFound()
    {
        Guid task;
        using (var snv = await fixture.ApiAsync("giamdoc.snv"))
        {
            var created = await (await snv.PostAsJsonAsync("/api/v1/tasks", new { title = "Kiểm tra nội bộ việc lưu trữ hồ sơ", leadUnitId = await UnitIdAsync(snv, Cchc), dueDate = "2026-02-27" }, Ct))
                .Content.ReadFromJsonAsync<JsonElement>(Ct);
            task = created.GetProperty("id").GetGuid();
        }

        var page = await fixture.SignedInPageAsync("giamdoc.sct", land: false);
        var response = await page.GotoAsync($"/Tasks/Print/{task}");
        response!.Status.ShouldBe(404);
        (await page.ContentAsync()).ShouldNotContain("Kiểm tra nội bộ việc lưu trữ hồ sơ");
    }
}
