using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// "Nhập văn bản" from a scan: a clerk uploads a scanned letter (a JPEG made from a real Văn phòng Chính phủ letter), sees
/// the recognised text beside the fields, corrects it, extracts again from the correction and registers it.
/// </summary>
[Collection("browser-b")]
public sealed class ScanImportPagesTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveValueOptions Slow = new() { Timeout = 60_000 };

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Clerk_ImportsAScan_CorrectsTheRecognisedText_AndRegistersIt(int width)
    {
        var page = await fixture.SignedInPageAsync("vanthu", width);
        await BrowserFixture.NavigateAsync(page, "Văn bản", "Nhập văn bản");
        await page.Locator("#file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "scans", "cv2541-vpcp.jpg"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bóc tách" }).ClickAsync();

        // The header read from the scan, and the recognised text beside it, editable.
        await Expect(page.Locator("#Input_NumberSymbol")).ToHaveValueAsync("2541/VPCP-QHQT", Slow);
        await Expect(page.Locator("#Input_Date")).ToHaveValueAsync("20/04/2009");
        await Expect(page.Locator("#Input_Signer")).ToHaveValueAsync("Văn Trọng Lý");
        var ocrText = page.GetByLabel("Văn bản nhận dạng từ bản quét (OCR, 1 trang)");
        await Expect(ocrText).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Kính gửi: BộCông Thương"));
        await BrowserFixture.ScreenshotAsync(page, $"b1-nhap-ban-quet-ocr-{width}");

        // The letter as printed runs "Bộ" and "Công" together; the clerk corrects the text and extracts again.
        var corrected = (await ocrText.InputValueAsync()).Replace("BộCông Thương", "Bộ Công Thương", StringComparison.Ordinal);
        await ocrText.FillAsync(corrected);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bóc tách lại từ văn bản đã sửa" }).ClickAsync();
        await Expect(page.Locator("#Input_Recipients")).ToHaveValueAsync("Bộ Công Thương");
        await Expect(page.GetByLabel("Văn bản nhận dạng từ bản quét (OCR, 1 trang)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Kính gửi: Bộ Công Thương"));
        await BrowserFixture.ScreenshotAsync(page, $"b2-nhap-ban-quet-da-sua-{width}");

        if (width == 1280)
        {
            // Registered once (the number is unique in the register); the corrected text is what is kept.
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký văn bản" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2541/VPCP-QHQT");
            await BrowserFixture.ScreenshotAsync(page, "b3-ban-quet-da-dang-ky");
        }

    }
}
