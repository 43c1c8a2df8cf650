using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Reports and acknowledgement in Chromium (docs/domain.md "Reports", "Acknowledgement of directives"): a specialist finds a directive
/// in the work list and confirms "Đã đọc, quán triệt"; the director sees who is missing and reminds them; a department fills its
/// pre-filled report, corrects a figure with a reason and submits it; the province tracks the period and reads the consolidated report.
/// Screenshots at 1280 and 375 px.
/// </summary>
[Collection("browser")]
public sealed class ReportAndAcknowledgementPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> UnitAsync(HttpClient api, string name) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    [Fact]
    public async Task Specialist_Acknowledges_FromTheWorkList_DirectorSeesWhoIsMissing_AndReminds()
    {
        using var clerk = await fixture.ApiAsync("vanthu");
        var symbol = $"{Random.Shared.Next(10000, 99999)}/CĐ-TTg";
        var subject = "Về việc chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc " + Guid.NewGuid().ToString("N")[..4];
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = symbol, date = "2026-01-30", type = "Công điện", subject, urgency = (string?)null,
        }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = doc.GetProperty("id").GetGuid();
        using var chairman = await fixture.ApiAsync("chutich");
        var snv = await UnitAsync(chairman, "Sở Nội vụ tỉnh An Giang");
        (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = snv, workingDays = 10, requireAcknowledgement = true }, Ct)).EnsureSuccessStatusCode();

        var specialist = await fixture.SignedInPageAsync("chuyenvien", land: false);
        await specialist.GotoAsync("/");
        var list = specialist.GetByTestId("work-toAcknowledge");
        await Expect(list).ToContainTextAsync(subject);
        await list.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(specialist.GetByTestId("acknowledgement")).ToContainTextAsync("Quán triệt đến từng cán bộ, công chức");
        await BrowserFixture.ScreenshotAsync(specialist, "70-quan-triet-truoc-khi-xac-nhan");
        await specialist.GetByLabel("Cam kết ngắn").FillAsync("Nghiêm túc thực hiện, không để nhiệm vụ quá hạn.");
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Đã đọc, quán triệt" }).ClickAsync();
        await Expect(specialist.GetByTestId("acknowledged")).ToContainTextAsync("Đồng chí đã xác nhận đọc, quán triệt");
        await specialist.GotoAsync("/");
        await Expect(specialist.GetByTestId("work-toAcknowledge")).Not.ToContainTextAsync(subject);

        var director = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await director.GotoAsync($"/Documents/Details/{id}");
        await director.GetByTestId("coverage-link").ClickAsync();
        await Expect(director.GetByTestId("coverage-table")).ToContainTextAsync("Sở Nội vụ tỉnh An Giang");
        await Expect(director.GetByTestId("missing")).ToContainTextAsync("Lê Minh Cường");
        await Expect(director.GetByTestId("missing")).Not.ToContainTextAsync("Võ Thanh Hải");
        await BrowserFixture.ScreenshotAsync(director, "71-tinh-hinh-quan-triet");
        // Everyone listed as missing is reminded: the count comes from the list, since other browser tests add people to
        // the same demo world before this one may run.
        var missing = await director.GetByTestId("missing").Locator("ol li").CountAsync();
        missing.ShouldBeGreaterThanOrEqualTo(4);
        await director.GetByTestId("remind").ClickAsync();
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã gửi nhắc nhở đến {missing} cán bộ, công chức");

        var phone = await fixture.SignedInPageAsync("giamdoc.snv", 375, 800, land: false);
        await phone.GotoAsync($"/Documents/Acknowledgements/{id}");
        await BrowserFixture.ScreenshotAsync(phone, "72-tinh-hinh-quan-triet-dien-thoai");
        await phone.GotoAsync($"/Documents/Details/{id}");
        await BrowserFixture.ScreenshotAsync(phone, "73-van-ban-quan-triet-dien-thoai");

        // Another department's director cannot open the coverage of Sở Nội vụ.
        var other = await fixture.SignedInPageAsync("giamdoc.stp", land: false);
        var response = await other.GotoAsync($"/Documents/Acknowledgements/{id}");
        response!.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Department_FillsCorrectsAndSubmits_ProvinceTracksAndConsolidates()
    {
        using var chairman = await fixture.ApiAsync("chutich");
        var snv = await UnitAsync(chairman, "Sở Nội vụ tỉnh An Giang");
        var sct = await UnitAsync(chairman, "Sở Công Thương tỉnh An Giang");
        var stp = await UnitAsync(chairman, "Sở Tư pháp tỉnh An Giang");
        var name = "Báo cáo tháng kết quả thực hiện Công điện 280/CĐ-TTg " + Guid.NewGuid().ToString("N")[..4];
        var regime = await (await chairman.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name, periodicity = "month", reportingUnitIds = new[] { snv, sct, stp }, dueWorkingDays = 5,
            sections = new object[]
            {
                new { title = "Kết quả thực hiện nhiệm vụ", source = "taskSummary" },
                new { title = "Nhiệm vụ chậm, quá hạn", source = "overdueTasks" },
                new { title = "Khó khăn, vướng mắc và kiến nghị", source = "narrative" },
            },
        }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var regimeId = regime.GetProperty("id").GetGuid();

        // The province opens the period from the menu: three units, none submitted; the deadline skips Tết.
        var province = await fixture.SignedInPageAsync("chutich");
        await BrowserFixture.NavigateAsync(province, "Phối hợp, đôn đốc", "Báo cáo định kỳ");
        await province.GetByTestId("regimes").GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(province.GetByTestId("due-date")).ToHaveTextAsync("27/02/2026");
        await Expect(province.GetByTestId("tracking").Locator("tbody tr")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(province, "74-bao-cao-theo-doi-ky");

        // Sở Nội vụ writes its narrative, corrects a figure (refused without a reason) and submits.
        var department = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await department.GotoAsync($"/Reports/Period/{regimeId}/2026-02");
        await department.GetByRole(AriaRole.Link, new() { Name = "Xem báo cáo" }).ClickAsync();
        var narrative = department.Locator("#section-2");
        await Expect(department.Locator("#h-section-2")).ToContainTextAsync("3. Khó khăn, vướng mắc và kiến nghị");
        await narrative.GetByLabel("Nội dung").FillAsync("Một số thủ tục còn chậm do thiếu biên chế; đề nghị bổ sung 02 biên chế.");
        await narrative.GetByRole(AriaRole.Button, new() { Name = "Lưu mục này" }).ClickAsync();
        await Expect(department.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu mục");
        var figures = department.Locator("#section-0");
        var total = figures.GetByLabel("Tổng số nhiệm vụ", new() { Exact = true });
        var before = int.Parse(await total.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await total.FillAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await figures.GetByRole(AriaRole.Button, new() { Name = "Lưu mục này" }).ClickAsync();
        await Expect(department.Locator("#section-0 [role=alert]")).ToContainTextAsync("lý do");
        await department.Locator("#section-0").GetByLabel("Tổng số nhiệm vụ", new() { Exact = true }).FillAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await department.Locator("#section-0").GetByLabel("Lý do sửa số liệu").FillAsync("Bổ sung 01 nhiệm vụ giao bằng văn bản giấy chưa nhập hệ thống.");
        await department.Locator("#section-0").GetByRole(AriaRole.Button, new() { Name = "Lưu mục này" }).ClickAsync();
        await Expect(department.GetByTestId("changes")).ToContainTextAsync("Bổ sung 01 nhiệm vụ");
        await BrowserFixture.ScreenshotAsync(department, "75-bao-cao-don-vi-soan");
        var phone = await fixture.SignedInPageAsync("giamdoc.snv", 375, 800, land: false);
        await phone.GotoAsync(department.Url);
        await BrowserFixture.ScreenshotAsync(phone, "76-bao-cao-don-vi-dien-thoai");
        await department.GetByLabel("Số, ký hiệu văn bản").FillAsync("25/BC-SNV");
        await department.GetByLabel("Ngày văn bản").FillAsync("2026-02-03");
        await department.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Expect(department.GetByTestId("report-status")).ToHaveTextAsync("Đã gửi");
        await Expect(department.GetByTestId("submitted")).ToContainTextAsync("25/BC-SNV");

        // The province sees Sở Nội vụ submitted and reads the consolidated report with the two gaps.
        await province.ReloadAsync();
        await Expect(province.GetByTestId("tracking").Locator("tr").Filter(new() { HasText = "Sở Nội vụ" })).ToContainTextAsync("Đã gửi");
        await province.GetByTestId("consolidated-link").ClickAsync();
        await Expect(province.GetByTestId("submitted-count")).ToHaveTextAsync("1/3");
        await Expect(province.GetByTestId("gaps")).ToContainTextAsync("Sở Công Thương tỉnh An Giang");
        await Expect(province.Locator("body")).ToContainTextAsync("thiếu biên chế");
        await BrowserFixture.ScreenshotAsync(province, "77-bao-cao-tong-hop");
        var provincePhone = await fixture.SignedInPageAsync("chutich", 375, 800, land: false);
        await provincePhone.GotoAsync($"/Reports/Period/{regimeId}/2026-02");
        await BrowserFixture.ScreenshotAsync(provincePhone, "78-bao-cao-theo-doi-ky-dien-thoai");

        // Another department does not open Sở Nội vụ's report.
        var other = await fixture.SignedInPageAsync("giamdoc.stp");
        (await other.GotoAsync(department.Url))!.Status.ShouldBe(404);
    }
}
