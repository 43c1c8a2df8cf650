using KyCuong.Web.Modules.Documents.Seeding;
using KyCuong.Web.Platform.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The exchange in the demo world (Modules/Exchange/Seeding/ExchangeHistory.cs): without anyone sending anything, the provincial
/// office's clerk finds the province's letter that went out to Sở Nội vụ as an edXML envelope with the status messages that came
/// back (01 đã đến, 03 đã tiếp nhận), and the administrator finds the same letter come in at Sở Nội vụ, registered as incoming.
/// </summary>
[Collection("browser-b")]
public sealed class ExchangeDemoPagesTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task DemoWorld_ShowsALetterThatWentOut_AndTheSameLetterCameIn_WithTheirStatusMessages(int width)
    {
        var clerk = await fixture.SignedInPageAsync("vanthu", width);
        await BrowserFixture.NavigateAsync(clerk, "Văn bản", "Liên thông (edXML)");
        await Expect(clerk.Locator("h1")).ToHaveTextAsync("Liên thông văn bản điện tử (edXML)");
        // The provincial office's clerk acts for the province, Sở Nội vụ included: both ends of the envelope are listed.
        var sent = clerk.GetByTestId("exchange-row").Filter(new() { HasText = DocumentHistory.ExchangeSubject }).Filter(new() { HasText = "Gửi đi" });
        await Expect(sent).ToHaveCountAsync(1);
        await Expect(clerk.GetByTestId("exchange-row").Filter(new() { HasText = DocumentHistory.ExchangeSubject }).Filter(new() { HasText = "Nhận về" }))
            .ToHaveCountAsync(1);
        await Expect(sent).ToContainTextAsync("Đến: Sở Nội vụ tỉnh An Giang");
        await Expect(sent).ToContainTextAsync(DemoNames.HomeAffairsAgencyCode);
        await Expect(sent.GetByTestId("exchange-status")).ToHaveTextAsync("Đã tiếp nhận");
        await Expect(sent).ToContainTextAsync("Đã gửi");
        await Expect(sent).ToContainTextAsync("Đã đến: Đã nhận được gói tin.");
        await Expect(sent).ToContainTextAsync("Đã tiếp nhận: Đã vào sổ văn bản đến.");
        await Expect(sent.GetByRole(AriaRole.Link)).ToContainTextAsync("/UBND-KSTT");
        await BrowserFixture.ScreenshotAsync(clerk, $"x6-demo-lien-thong-da-gui-{width}");

        var department = await fixture.SignedInPageAsync("admin", width, land: false);
        await department.GotoAsync("/Exchange?huong=received");
        var received = department.GetByTestId("exchange-row").Filter(new() { HasText = DocumentHistory.ExchangeSubject });
        await Expect(received).ToHaveCountAsync(1);
        await Expect(received).ToContainTextAsync("Nhận về");
        await Expect(received).ToContainTextAsync("Từ: Ủy ban nhân dân tỉnh An Giang");
        await Expect(received).ToContainTextAsync(DemoNames.ProvinceAgencyCode);
        await Expect(received.GetByTestId("exchange-status")).ToHaveTextAsync("Đã tiếp nhận");
        await BrowserFixture.ScreenshotAsync(department, $"x7-demo-lien-thong-da-nhan-{width}");

        // The letter that came in is in Sở Nội vụ's incoming register, from the province, with the number it was sent under.
        await received.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(department.Locator("h1")).ToContainTextAsync(DocumentHistory.ExchangeSubject);
        await Expect(department.GetByTestId("arrival-book")).ToContainTextAsync("sổ đến Sở Nội vụ tỉnh An Giang");
        await Expect(department.Locator("main")).ToContainTextAsync("Ủy ban nhân dân tỉnh An Giang");
        await BrowserFixture.ScreenshotAsync(department, $"x8-demo-van-ban-den-lien-thong-{width}");
    }
}
