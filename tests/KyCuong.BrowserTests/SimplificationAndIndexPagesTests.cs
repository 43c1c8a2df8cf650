using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Simplification plans and the 766 index in Chromium (docs/domain.md "Procedures: simplification plans and the 766 index"): the director
/// of Sở Công Thương makes the body's plan for 2027, adds a procedure of its demo catalogue and marks it done (1280 px); the progress reads
/// on a phone (375 px); the 766 index with its chart at both widths, the unmeasured groups shown "chưa có dữ liệu". No serious axe finding.
/// </summary>
[Collection("browser")]
public sealed class SimplificationAndIndexPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Plan_WithItem_Done_ProgressOnPhone_ServiceIndexWithChart()
    {
        var director = await fixture.SignedInPageAsync("giamdoc.sct");
        await BrowserFixture.NavigateAsync(director, "Phối hợp, đôn đốc", "Đơn giản hóa thủ tục");
        var form = director.GetByTestId("new-plan");
        await form.GetByLabel("Cơ quan").SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương tỉnh An Giang" });
        await form.GetByLabel("Năm").FillAsync("2027");
        await form.GetByLabel("Tên kế hoạch").FillAsync("Kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm 2027");
        await BrowserFixture.ScreenshotAsync(director, "b0-don-gian-hoa-lap-ke-hoach");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm 2027" })).ToBeVisibleAsync();

        // SCT.006 costs 800.000 × 1 × 80 = 64.000.000 đồng a year in the demo catalogue; the plan brings it to 48.000.000.
        var add = director.GetByTestId("add-item");
        await add.GetByLabel("Mã thủ tục").FillAsync("SCT.006");
        await add.GetByLabel("Hình thức").SelectOptionAsync("simplify");
        await add.GetByLabel("Chi phí mục tiêu (đồng/năm; bãi bỏ là 0)").FillAsync("48000000");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        await Expect(director.GetByTestId("plan-items")).ToContainTextAsync("64.000.000");
        await director.GetByTestId("mark-done-SCT.006").ClickAsync();
        await Expect(director.GetByTestId("plan-items")).ToContainTextAsync("Đã thực hiện");
        await Expect(director.GetByTestId("cost-cut")).ToContainTextAsync("16.000.000");
        await BrowserFixture.ScreenshotAsync(director, "b1-don-gian-hoa-ke-hoach");
        (await BrowserFixture.AxeViolationsAsync(director)).ShouldBeEmpty();

        var phone = await fixture.SignedInPageAsync("giamdoc.sct", 375, 812, land: false);
        await phone.GotoAsync("/Procedures/Simplification?Year=2027");
        await Expect(phone.GetByTestId("simplification-progress")).ToContainTextAsync("Sở Công Thương tỉnh An Giang");
        await Expect(phone.GetByTestId("procedures-simplified")).ToContainTextAsync("1 /");
        await BrowserFixture.ScreenshotAsync(phone, "b2-don-gian-hoa-tien-do-dien-thoai");
        (await BrowserFixture.AxeViolationsAsync(phone)).ShouldBeEmpty();

        await director.GotoAsync("/OneStop/ServiceIndex?From=2025-10-01&To=2026-02-03");
        await Expect(director.GetByTestId("index-groups")).ToContainTextAsync("Tiến độ giải quyết");
        await Expect(director.GetByTestId("index-groups")).ToContainTextAsync("chưa có dữ liệu");
        await Expect(director.Locator("#index-trend")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(director, "b3-chi-so-766");
        (await BrowserFixture.AxeViolationsAsync(director)).ShouldBeEmpty();
        await phone.GotoAsync("/OneStop/ServiceIndex?From=2025-10-01&To=2026-02-03");
        await Expect(phone.GetByTestId("index-total")).ToContainTextAsync("điểm");
        await BrowserFixture.ScreenshotAsync(phone, "b4-chi-so-766-dien-thoai");
        (await BrowserFixture.AxeViolationsAsync(phone)).ShouldBeEmpty();
    }
}
