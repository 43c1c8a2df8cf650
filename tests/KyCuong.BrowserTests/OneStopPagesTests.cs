using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// One-stop dossiers in Chromium (docs/domain.md "One-stop dossiers"): the department's director receives a dossier at the counter
/// (1280 px), hands it to a division, writes the form-04 letter for it once late and returns the result; the list, the import and
/// the on-time summary read on a phone (375 px); another department cannot open the dossier.
/// </summary>
[Collection("browser")]
public sealed class OneStopPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Counter_Receive_HandOff_Apology_Result_List_Import_Summary()
    {
        var code = "000.00.21.H01-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        const string Applicant = "Hộ kinh doanh Lâm Thị Cúc";

        var director = await fixture.SignedInPageAsync("giamdoc.sct");
        await BrowserFixture.NavigateAsync(director, "Phối hợp, đôn đốc", "Hồ sơ một cửa");
        await director.GetByTestId("receive-dossier").ClickAsync();
        var form = director.GetByTestId("receive-form");
        await form.GetByLabel("Mã hồ sơ").FillAsync(code);
        await form.GetByLabel("Thời điểm tiếp nhận").FillAsync("2026-01-19T09:00");
        await form.GetByLabel("Mã thủ tục").FillAsync("SCT.007");
        await form.GetByLabel("Tên thủ tục").FillAsync("Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu");
        await form.GetByLabel("Thời hạn giải quyết (ngày làm việc)").FillAsync("3");
        await form.GetByLabel("Tổ chức, cá nhân nộp hồ sơ").FillAsync(Applicant);
        await form.GetByLabel("Cơ quan tiếp nhận").SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương tỉnh An Giang" });
        await BrowserFixture.ScreenshotAsync(director, "90-mot-cua-tiep-nhan");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và in hẹn" }).ClickAsync();

        // Mon 19 Jan 2026 + 3 working days → Thu 22 Jan; the test host's today is 3 Feb 2026.
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("hẹn trả kết quả ngày 22/01/2026");
        await Expect(director.GetByTestId("dossier-due")).ToHaveTextAsync("22/01/2026");
        await Expect(director.GetByTestId("dossier-status")).ToHaveTextAsync("Đang giải quyết, quá hạn");
        await Expect(director.GetByTestId("dossier-applicant")).ToHaveTextAsync(Applicant);
        var url = new Uri(director.Url).AbsolutePath;

        var handOff = director.GetByTestId("handoff-form");
        await handOff.GetByLabel("Đơn vị nhận").SelectOptionAsync(new SelectOptionValue { Label = "Phòng Quản lý thương mại" });
        await handOff.GetByLabel("Ghi chú").FillAsync("Thẩm định điều kiện cửa hàng");
        await handOff.GetByRole(AriaRole.Button, new() { Name = "Chuyển" }).ClickAsync();
        await Expect(director.GetByTestId("dossier-steps")).ToContainTextAsync("Phòng Quản lý thương mại");

        var apology = director.GetByTestId("apology-form");
        await apology.GetByLabel("Lý do chậm trễ").FillAsync("Cần kiểm tra thực tế cửa hàng xăng dầu trước khi cấp.");
        await apology.GetByLabel("Ngày hẹn trả kết quả mới").FillAsync("2026-02-10");
        await apology.GetByRole(AriaRole.Button, new() { Name = "Lập phiếu" }).ClickAsync();
        await Expect(director.GetByTestId("dossier-letters")).ToContainTextAsync("hẹn lại 10/02/2026");
        await BrowserFixture.ScreenshotAsync(director, "91-mot-cua-ho-so-phieu-xin-loi");
        var letter = await director.GetByRole(AriaRole.Link, new() { Name = "Tải mẫu 04 (DOCX)" }).GetAttributeAsync("href");
        var docx = await director.APIRequest.GetAsync(letter!);
        docx.Status.ShouldBe(200);
        docx.Headers["content-type"].ShouldStartWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // A second letter is refused with the reason shown, nothing changes.
        await apology.GetByLabel("Lý do chậm trễ").FillAsync("Lần nữa");
        await apology.GetByLabel("Ngày hẹn trả kết quả mới").FillAsync("2026-02-20");
        await apology.GetByRole(AriaRole.Button, new() { Name = "Lập phiếu" }).ClickAsync();
        await Expect(director.GetByTestId("dossier-error")).ToContainTextAsync("tối đa 1 lần");

        await director.GetByTestId("result-form").GetByRole(AriaRole.Button, new() { Name = "Đã trả kết quả hôm nay" }).ClickAsync();
        await Expect(director.GetByTestId("dossier-status")).ToHaveTextAsync("Đã trả, trễ hạn");
        await BrowserFixture.ScreenshotAsync(director, "92-mot-cua-da-tra-ket-qua");

        await director.GotoAsync($"/OneStop?Code={code}");
        await Expect(director.GetByTestId("dossier-list")).ToContainTextAsync("Đã trả, trễ hạn");
        await BrowserFixture.ScreenshotAsync(director, "93-mot-cua-danh-sach");

        // On a phone: the list, the import check and the summary.
        var phone = await fixture.SignedInPageAsync("giamdoc.sct", 375, 812, land: false);
        await phone.GotoAsync("/OneStop");
        await Expect(phone.GetByTestId("dossier-list")).ToContainTextAsync(code);
        await BrowserFixture.ScreenshotAsync(phone, "94-mot-cua-danh-sach-dien-thoai");

        await phone.GotoAsync("/OneStop/Import");
        var csv = "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Thời hạn giải quyết (ngày làm việc),Ngày tiếp nhận,Cơ quan tiếp nhận\n"
            + $"{code}-N,SCT.007,Cấp phép,5,20/01/2026,Sở Công Thương tỉnh An Giang\n"
            + $"{code}-X,SCT.007,Cấp phép,năm,20/01/2026,Sở Công Thương tỉnh An Giang\n";
        await phone.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "ho-so.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra / nhập" }).ClickAsync();
        await Expect(phone.GetByTestId("import-result")).ToContainTextAsync("chưa ghi");
        await Expect(phone.GetByTestId("import-errors")).ToContainTextAsync("Thời hạn giải quyết");
        await BrowserFixture.ScreenshotAsync(phone, "95-mot-cua-nhap-tep-dien-thoai");

        await phone.GotoAsync("/OneStop/Summary?From=2026-01-01&To=2026-01-31");
        await Expect(phone.GetByTestId("summary-figures")).ToContainTextAsync("Tỷ lệ đúng hạn");
        await BrowserFixture.ScreenshotAsync(phone, "96-mot-cua-ty-le-dung-han-dien-thoai");
        await director.GotoAsync("/OneStop/Summary?From=2026-01-01&To=2026-02-28");
        await Expect(director.GetByTestId("lost-time")).ToContainTextAsync("Phòng Quản lý thương mại");
        await BrowserFixture.ScreenshotAsync(director, "97-mot-cua-ty-le-dung-han");

        var other = await fixture.SignedInPageAsync("giamdoc.stp");
        (await other.GotoAsync(url))!.Status.ShouldBe(404);
        await other.GotoAsync("/OneStop");
        (await other.ContentAsync()).ShouldNotContain(Applicant);

    }
}
