using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>"Kiểm tra thể thức": a clerk pastes a draft with two layout faults, sees each with its rule, fixes them and sees it pass.</summary>
[Collection("browser")]
public sealed class CheckFormatPagesTests(BrowserFixture fixture)
{
    private const string Draft = """
        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 7/UBND-VP
        V/v tăng cường kỷ luật, kỷ cương hành chính
        An Giang, ngày 05 tháng 3 năm 2026
        Kính gửi: Sở Nội vụ.
        Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì rà soát việc chấp hành kỷ luật, báo cáo trước ngày 30/6/2026.
        Nơi nhận:
        - Như trên;
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Clerk_ChecksADraft_SeesEachFault_FixesIt(int width)
    {
        var page = await fixture.SignedInPageAsync("vanthu", width);
        await BrowserFixture.NavigateAsync(page, "Văn bản", "Kiểm tra thể thức");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kiểm tra thể thức văn bản");

        await page.GetByLabel("Nội dung văn bản").FillAsync(Draft);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        var rows = page.GetByTestId("format-findings").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("Số văn bản nhỏ hơn 10 phải ghi thêm số 0");
        await Expect(rows.Nth(1)).ToContainTextAsync("Lưu: VT");
        await Expect(page.GetByTestId("format-summary")).ToHaveTextAsync("2 lỗi, 0 điểm cần xem lại.");
        await BrowserFixture.ScreenshotAsync(page, $"a8-kiem-tra-the-thuc-{width}");

        var fixedDraft = Draft.Replace("Số: 7/", "Số: 07/", StringComparison.Ordinal).Replace("- Như trên;\n", "- Như trên;\n- Lưu: VT, VP.\n", StringComparison.Ordinal);
        await page.GetByLabel("Nội dung văn bản").FillAsync(fixedDraft);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Expect(page.GetByTestId("format-ok")).ToBeVisibleAsync();

        await page.GetByLabel("Nội dung văn bản").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Hãy dán nội dung văn bản hoặc chọn một tệp.");
    }
}
