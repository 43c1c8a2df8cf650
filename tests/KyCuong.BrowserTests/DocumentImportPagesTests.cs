using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>"Nhập văn bản": paste a directive, see the extraction beside the text, trace a field to its source, register and assign in one step.</summary>
[Collection("browser-b")]
public sealed class DocumentImportPagesTests(BrowserFixture fixture)
{
    // A directive unlike the seeds: not one of the demo documents, so its number is free in the register.
    private const string Directive = """
        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        Số: 77/UBND-NC
        V/v tăng cường kỷ luật, kỷ cương hành chính trong xử lý công việc
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        An Giang, ngày 02 tháng 02 năm 2026
        Kính gửi:
        - Giám đốc Sở Nội vụ tỉnh An Giang;
        - Giám đốc Sở Tư pháp tỉnh An Giang.
        Thực hiện Công điện số 280/CĐ-TTg ngày 19/4/2023 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:
        1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát quy chế làm việc của các cơ quan, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/3/2026.
        2. Giao Sở Tư pháp chủ trì thẩm định các văn bản quy phạm pháp luật có liên quan, hoàn thành trước ngày 15/4/2026.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, NC.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trần Thị Bình
        """;

    [Fact]
    public async Task Leader_PastesDirective_TracesFields_RegistersAndAssignsInOneStep()
    {
        var page = await fixture.SignedInPageAsync("chutich");
        await BrowserFixture.NavigateAsync(page, "Văn bản", "Nhập văn bản");
        await page.GetByLabel("Toàn văn").FillAsync(Directive);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bóc tách" }).ClickAsync();

        await Expect(page.Locator("#Input_NumberSymbol")).ToHaveValueAsync("77/UBND-NC");
        await Expect(page.Locator("#Input_Date")).ToHaveValueAsync("02/02/2026"); // dates are shown day first
        await Expect(page.Locator("#Input_Signer")).ToHaveValueAsync("Trần Thị Bình");
        await Expect(page.Locator("#Input_Subject")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("tăng cường kỷ luật"));

        // Each field is traceable to its place in the text.
        await page.Locator("#Input_NumberSymbol").ClickAsync();
        await Expect(page.Locator("#doc-source mark")).ToContainTextAsync("77/UBND-NC");
        await BrowserFixture.ScreenshotAsync(page, "30-nhap-van-ban-boc-tach");

        // The named units were matched to the directory: clause 1 proposes Sở Nội vụ, clause 2 Sở Tư pháp.
        await Expect(page.GetByLabel("Đơn vị chủ trì khoản 1").Locator("option:checked")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Sở Nội vụ"));
        await Expect(page.GetByLabel("Đơn vị chủ trì khoản 2").Locator("option:checked")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Sở Tư pháp"));

        await page.Locator("#Input_Direction").SelectOptionAsync("outgoing");
        await page.Locator("#Direction_LeadUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Sở Nội vụ tỉnh An Giang" }, new() { Force = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký văn bản và giao nhiệm vụ" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("77/UBND-NC");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("giao 2 nhiệm vụ");
        await BrowserFixture.ScreenshotAsync(page, "31-van-ban-da-nhap");
    }
}
