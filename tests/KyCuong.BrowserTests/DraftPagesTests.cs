using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// "Văn bản → Dự thảo văn bản đi": a specialist drafts a letter for the department, the format check flags a deputy's signing
/// form over the head's position, the specialist fixes it, the head of the division issues it with the next number of the
/// department's outgoing register, and the DOCX and PDF download with that number.
/// </summary>
[Collection("browser")]
public sealed class DraftPagesTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Specialist_Drafts_ChecksAndFixes_LeaderIssues_AndDownloads(int width)
    {
        var subject = $"Đôn đốc báo cáo cải cách hành chính quý I ({width})";
        var page = await fixture.SignedInPageAsync("chuyenvien", width);
        await BrowserFixture.NavigateAsync(page, "Văn bản", "Dự thảo văn bản đi");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dự thảo văn bản đi");
        await page.GetByTestId("new-draft").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Soạn dự thảo mới");

        await page.GetByLabel("Trích yếu nội dung").FillAsync(subject);
        await page.GetByLabel("Kính gửi / nơi nhận (mỗi dòng một nơi)").FillAsync("Các sở, ban, ngành tỉnh\nỦy ban nhân dân các xã, phường");
        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync(
            "Thực hiện Kế hoạch số 120/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh,\nSở Nội vụ đề nghị các cơ quan, đơn vị báo cáo kết quả cải cách hành chính quý I trước ngày 15/3/2026.");
        await page.GetByLabel("Thẩm quyền ký").SelectOptionAsync("KT.");
        await page.GetByLabel("Ký thay cho (chức vụ người đứng đầu)").FillAsync("Giám đốc");
        await page.GetByLabel("Chức vụ người ký").FillAsync("Giám đốc");
        await page.GetByLabel("Họ và tên người ký").FillAsync("Lê Minh Cường");
        await page.GetByTestId("draft-check").ClickAsync();

        // KT. (signing for the head) over the head's own position: the check names the rule; the preview shows the layout.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu dự thảo và kiểm tra thể thức.");
        await Expect(page.GetByTestId("draft-findings")).ToContainTextAsync("nd30.signingDeputy");
        await Expect(page.GetByTestId("format-summary")).ToContainTextAsync("Còn lỗi thì chưa ban hành được.");
        await Expect(page.GetByTestId("preview-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Số:\s+/SNV-CCHC$"));
        await Expect(page.GetByTestId("draft-preview")).ToContainTextAsync("V/v " + subject);
        await Expect(page.GetByTestId("draft-preview")).ToContainTextAsync("- Lưu: VT, CCHC.");
        await Expect(page.GetByTestId("draft-issue")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, $"d1-du-thao-loi-the-thuc-{width}");

        await page.GetByLabel("Chức vụ người ký").FillAsync("Phó Giám đốc");
        await page.GetByTestId("draft-check").ClickAsync();
        await Expect(page.GetByTestId("format-ok")).ToBeVisibleAsync();
        var url = page.Url;

        // The head of the division issues it: the number comes from the department's outgoing register, the date is today.
        var leader = await fixture.SignedInPageAsync("truongphong.cchc", width, land: false);
        await leader.GotoAsync(url.Split('?')[0]);
        await Expect(leader.GetByTestId("draft-preview")).ToContainTextAsync("PHÓ GIÁM ĐỐC");
        await BrowserFixture.ScreenshotAsync(leader, $"d2-du-thao-trinh-ky-{width}");
        await leader.GetByTestId("draft-issue").ClickAsync();
        await Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ban hành văn bản số ");
        var number = (await leader.GetByTestId("preview-number").TextContentAsync())!.Replace("Số: ", "", StringComparison.Ordinal);
        number.ShouldMatch(@"^\d{2,}/SNV-CCHC$");
        await Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync(number);
        await Expect(leader.Locator("h1")).ToHaveTextAsync("Văn bản đã ban hành " + number);
        await Expect(leader.GetByTestId("preview-date")).ToContainTextAsync("An Giang, ngày ");
        await Expect(leader.GetByTestId("draft-issue")).ToHaveCountAsync(0);
        await Expect(leader.GetByTestId("draft-save")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(leader, $"d3-van-ban-da-ban-hanh-{width}");

        var docx = await leader.RunAndWaitForDownloadAsync(() => leader.GetByTestId("download-docx").ClickAsync());
        docx.SuggestedFilename.ShouldBe("van-ban-" + number.Replace('/', '-') + ".docx");
        var path = await docx.PathAsync();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false))
        {
            doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ShouldContain("Số: " + number);
        }

        if (width == 1280 && File.Exists("/usr/bin/soffice"))
        {
            // The PDF is LibreOffice's conversion, which the server allows a minute (Pdf:TimeoutSeconds, 60 by default): the test waits
            // that long and a little more (the click too waits for the download's navigation), so the server's answer
            // decides, not Playwright's 30-second default.
            var pdf = await leader.RunAndWaitForDownloadAsync(() => leader.GetByTestId("download-pdf").ClickAsync(new() { Timeout = 75_000 }), new() { Timeout = 75_000 });
            pdf.SuggestedFilename.ShouldEndWith(".pdf");
        }

        // The list shows it issued with its number.
        await leader.GotoAsync("/Drafts?status=issued");
        await Expect(leader.GetByTestId("draft-list")).ToContainTextAsync(number);
        await BrowserFixture.ScreenshotAsync(leader, $"d4-danh-sach-du-thao-{width}");
    }
}
