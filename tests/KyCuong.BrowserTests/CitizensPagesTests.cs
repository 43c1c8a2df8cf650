using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Citizens' feedback in Chromium (docs/domain.md "Citizens"): a citizen on a phone (375 px) submits without an account and keeps the
/// tracking code; the provincial office's clerk routes it to the department as a task (1280 px); the director answers naming the
/// sender and his phone; the check before publication lists both beside the button and refuses; the office publishes a redacted
/// version; the citizen follows the code to the published answer and rates it, never seeing any personal data.
/// </summary>
[Collection("browser-b")]
public sealed class CitizensPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Citizen_OnPhone_SubmitsAndFollowsToPublishedAnswer_OfficeRoutesAnswersPublishes()
    {
        var subject = $"Bộ phận một cửa hẹn trả kết quả quá hạn {Guid.NewGuid():N}"[..48];
        const string Name = "Trịnh Văn Quyết";
        const string Phone = "0909123456";

        var citizen = await fixture.NewPageAsync(375, 812);
        await citizen.GotoAsync("/gop-y");
        await Expect(citizen.GetByTestId("other-track")).ToContainTextAsync("Khiếu nại, tố cáo");
        await Expect(citizen.GetByTestId("feedback-purpose")).ToContainTextAsync("Nghị định 13/2023/NĐ-CP");
        await BrowserFixture.ScreenshotAsync(citizen, "70-gop-y-dien-thoai");
        await citizen.GetByLabel("Kiến nghị").CheckAsync();
        await citizen.GetByTestId("feedback-body").SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương tỉnh An Giang" });
        await citizen.GetByLabel("Tiêu đề").FillAsync(subject);
        await citizen.GetByLabel("Nội dung").FillAsync("Hồ sơ đề nghị cấp giấy phép nộp ngày 02/02/2026, hẹn trả 09/02/2026 nhưng chưa có kết quả.");
        await citizen.GetByLabel("Họ và tên").FillAsync(Name);
        await citizen.GetByLabel("Số điện thoại (không bắt buộc)").FillAsync(Phone);

        // Without the acknowledgement of the purpose nothing is sent.
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        await Expect(citizen.GetByTestId("feedback-error")).ToContainTextAsync("mục đích xử lý dữ liệu cá nhân");
        await citizen.GetByLabel("Tôi đã đọc và đồng ý với mục đích trên").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        var code = (await citizen.GetByTestId("tracking-code").InnerTextAsync()).Trim();
        code.Replace("-", "", StringComparison.Ordinal).Length.ShouldBe(12);
        await BrowserFixture.ScreenshotAsync(citizen, "71-gop-y-ma-tra-cuu-dien-thoai");

        var office = await fixture.SignedInPageAsync("vanthu");
        await BrowserFixture.NavigateAsync(office, "Phối hợp, đôn đốc", "Phản ánh, kiến nghị");
        await office.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(office.GetByTestId("feedback-submitter")).ToContainTextAsync(Name);
        await BrowserFixture.ScreenshotAsync(office, "72-phan-anh-tiep-nhan");
        var url = new Uri(office.Url).AbsolutePath;
        var route = office.GetByTestId("route-form");
        await route.GetByLabel("Đơn vị xử lý").SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương tỉnh An Giang" });
        await route.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
        await Expect(office.GetByTestId("feedback-status")).ToHaveTextAsync("Đang xử lý");

        var director = await fixture.SignedInPageAsync("giamdoc.sct", land: false);
        await director.GotoAsync(url);
        await director.GetByTestId("answer-form").GetByLabel("Nội dung trả lời (không ghi họ tên, số điện thoại người gửi)")
            .FillAsync("Kính gửi ông Quyết: Sở đã gọi số 0909 123 456 của ông, trả kết quả ngày 12/02/2026, xin lỗi vì chậm trễ và đã chấn chỉnh bộ phận một cửa.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Ghi câu trả lời" }).ClickAsync();
        await Expect(director.GetByText("Đã ghi câu trả lời; hãy công khai trong thời hạn.")).ToBeVisibleAsync();

        // The check before publication lists, beside the button, the sender's name and phone left in the answer (masked).
        await office.GotoAsync(url);
        var publish = office.GetByTestId("publish-form");
        var findings = publish.GetByTestId("publish-findings");
        await Expect(findings).ToContainTextAsync("Câu trả lời: họ tên người gửi “ông Q****”");
        await Expect(findings).ToContainTextAsync("Câu trả lời: số điện thoại “09** *** *56”");
        await BrowserFixture.ScreenshotAsync(office, "73-phan-anh-du-lieu-ca-nhan");
        await office.SetViewportSizeAsync(375, 812);
        await BrowserFixture.ScreenshotAsync(office, "73-phan-anh-du-lieu-ca-nhan-dien-thoai");
        await office.SetViewportSizeAsync(1280, 900);
        await publish.GetByRole(AriaRole.Button, new() { Name = "Công khai" }).ClickAsync();
        await Expect(office.GetByTestId("feedback-error")).ToContainTextAsync("còn dữ liệu cá nhân của người gửi");
        await Expect(office.GetByTestId("feedback-status")).ToHaveTextAsync("Đang xử lý");

        // The office publishes a redacted version; the recorded answer stays inside.
        await publish.GetByLabel("Câu trả lời công khai")
            .FillAsync("Sở đã trả kết quả ngày 12/02/2026, xin lỗi vì chậm trễ và đã chấn chỉnh bộ phận một cửa.");
        await publish.GetByRole(AriaRole.Button, new() { Name = "Công khai" }).ClickAsync();
        await Expect(office.GetByTestId("feedback-status")).ToHaveTextAsync("Đã trả lời");
        await Expect(office.GetByTestId("feedback-public-text")).ToContainTextAsync("xin lỗi vì chậm trễ");
        await BrowserFixture.ScreenshotAsync(office, "73-phan-anh-da-cong-khai");

        await citizen.GotoAsync("/gop-y/tra-cuu");
        await citizen.GetByLabel("Mã tra cứu").FillAsync(code.ToLowerInvariant());
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(citizen.GetByTestId("track-status")).ToHaveTextAsync("Đã trả lời");
        await Expect(citizen.GetByTestId("track-answer")).ToContainTextAsync("xin lỗi vì chậm trễ");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(citizen.GetByText("Ông/bà đã đánh giá: 5/5")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(citizen, "74-gop-y-tra-loi-dien-thoai");
        var shown = await citizen.ContentAsync();
        shown.ShouldNotContain(Name);
        shown.ShouldNotContain(Phone);
        shown.ShouldNotContain("0909 123 456");
        shown.ShouldNotContain("ông Quyết");

        await citizen.GotoAsync("/gop-y/tra-loi");
        await Expect(citizen.GetByText(subject)).ToBeVisibleAsync();
        (await citizen.ContentAsync()).ShouldNotContain(Name);
        await BrowserFixture.ScreenshotAsync(citizen, "75-gop-y-cong-khai-dien-thoai");

        // Another department's director cannot open the item.
        var other = await fixture.SignedInPageAsync("giamdoc.stp", land: false);
        var response = await other.GotoAsync(url);
        response!.Status.ShouldBe(404);

        await citizen.Context.CloseAsync();
    }

    /// <summary>
    /// A refusal's reason and a forwarding's notice are public by tracking code (NĐ 13/2023/NĐ-CP): the receiving page refuses them while they
    /// hold personal data, lists the findings in Vietnamese inside the form that was refused with the text kept, and the citizen then reads
    /// only the rewritten reason.
    /// </summary>
    [Fact]
    public async Task Office_RefusalReasonOrForwardingWithPersonalData_FindingsInTheForm_CleanReasonReachesCitizen()
    {
        var subject = $"Đề nghị hướng dẫn khiếu nại quyết định xử phạt {Guid.NewGuid():N}"[..56];
        const string Name = "Đoàn Minh Khôi";
        const string Phone = "0903111222";

        var citizen = await fixture.NewPageAsync(375, 812);
        await citizen.GotoAsync("/gop-y");
        await citizen.GetByLabel("Kiến nghị").CheckAsync();
        await citizen.GetByTestId("feedback-body").SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp tỉnh An Giang" });
        await citizen.GetByLabel("Tiêu đề").FillAsync(subject);
        await citizen.GetByLabel("Nội dung").FillAsync("Tôi không đồng ý với quyết định xử phạt vi phạm hành chính ngày 05/01/2026 và muốn biết cách khiếu nại.");
        await citizen.GetByLabel("Họ và tên").FillAsync(Name);
        await citizen.GetByLabel("Số điện thoại (không bắt buộc)").FillAsync(Phone);
        await citizen.GetByLabel("Tôi đã đọc và đồng ý với mục đích trên").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        var code = (await citizen.GetByTestId("tracking-code").InnerTextAsync()).Trim();

        var office = await fixture.SignedInPageAsync("vanthu");
        await BrowserFixture.NavigateAsync(office, "Phối hợp, đôn đốc", "Phản ánh, kiến nghị");
        await office.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();

        // The reason greets the sender by name and gives his phone: refused, the findings listed in the refusal form, the text kept.
        const string Reason = "Kính gửi ông Khôi: nội dung là khiếu nại; ông gọi 0903 111 222 để được hướng dẫn gửi đơn theo Luật Khiếu nại 2011.";
        var refuse = office.GetByTestId("refuse-form");
        await refuse.GetByLabel("Phân loại lại").SelectOptionAsync("complaint");
        await refuse.GetByLabel("Lý do, hướng dẫn (bắt buộc)").FillAsync(Reason);
        await refuse.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(office.GetByTestId("feedback-error")).ToContainTextAsync("Chưa từ chối");
        var found = office.GetByTestId("refuse-findings");
        await Expect(found).ToContainTextAsync("Lý do từ chối: họ tên người gửi “ông K***”");
        await Expect(found).ToContainTextAsync("Lý do từ chối: số điện thoại “09** *** *22”");
        await Expect(refuse.GetByLabel("Lý do, hướng dẫn (bắt buộc)")).ToHaveValueAsync(Reason);
        await Expect(refuse.GetByLabel("Phân loại lại")).ToHaveValueAsync("complaint");
        await Expect(office.GetByTestId("feedback-status")).ToHaveTextAsync("Đã tiếp nhận, đang xem xét");
        await BrowserFixture.ScreenshotAsync(office, "76-phan-anh-ly-do-tu-choi-du-lieu-ca-nhan");
        await office.SetViewportSizeAsync(375, 812);
        await BrowserFixture.ScreenshotAsync(office, "76-phan-anh-ly-do-tu-choi-du-lieu-ca-nhan-dien-thoai");
        await office.SetViewportSizeAsync(1280, 900);

        // A body outside the organisation typed as the sender himself: the forwarding form says so.
        var forward = office.GetByTestId("forward-form");
        await forward.GetByLabel("Tên cơ quan ngoài hệ thống").FillAsync("Ông " + Name);
        await forward.GetByRole(AriaRole.Button, new() { Name = "Chuyển" }).ClickAsync();
        await Expect(office.GetByTestId("feedback-error")).ToContainTextAsync("Chưa chuyển");
        await Expect(office.GetByTestId("forward-findings")).ToContainTextAsync("Tên cơ quan nhận: họ tên người gửi");
        await Expect(office.GetByTestId("refuse-findings")).ToHaveCountAsync(0);
        await Expect(forward.GetByLabel("Tên cơ quan ngoài hệ thống")).ToHaveValueAsync("Ông " + Name);
        await BrowserFixture.ScreenshotAsync(office, "77-phan-anh-chuyen-du-lieu-ca-nhan");

        const string Clean = "Nội dung là khiếu nại quyết định xử phạt; đề nghị ông/bà gửi đơn khiếu nại theo Luật Khiếu nại 2011 đến người đã ra quyết định.";
        await refuse.GetByLabel("Lý do, hướng dẫn (bắt buộc)").FillAsync(Clean);
        await refuse.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(office.GetByTestId("feedback-status")).ToHaveTextAsync("Không tiếp nhận xử lý");

        await citizen.GotoAsync("/gop-y/tra-cuu");
        await citizen.GetByLabel("Mã tra cứu").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(citizen.GetByTestId("track-notice")).ToHaveTextAsync(Clean);
        var shown = await citizen.ContentAsync();
        shown.ShouldNotContain("Khôi");
        shown.ShouldNotContain("0903");

        await citizen.Context.CloseAsync();
    }
}
