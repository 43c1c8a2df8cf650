using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Submissions in Chromium (docs/domain.md §9): a director drafts a submission with two options, chooses one with the reason and sends
/// it; the provincial office returns it for quality; the director sends it again; the office accepts it.
/// </summary>
[Collection("browser")]
public sealed class SubmissionPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Director_SubmitsTwoOptions_OfficeReturnsForQuality_DirectorResubmits_OfficeAccepts()
    {
        var title = $"Đề án sắp xếp phòng chuyên môn {Guid.NewGuid():N}"[..44];

        var director = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await director.GotoAsync("/Submissions");
        await director.GetByRole(AriaRole.Link, new() { Name = "Soạn tờ trình" }).ClickAsync();
        await director.Locator("#Input_Title").FillAsync(title);
        await director.Locator("#Input_SubmitterUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Sở Nội vụ tỉnh An Giang" });
        await director.Locator("#Input_ToUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban nhân dân tỉnh An Giang" });
        await director.Locator("#Input_LegalBasis").FillAsync("Nghị định 45/2025/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh.");
        await director.Locator("#Input_Competence").FillAsync("Việc tổ chức lại các phòng thuộc Sở do UBND tỉnh quyết định.");
        await director.Locator("#Input_SubmitterView").FillAsync("Sở Nội vụ đề nghị hợp nhất hai phòng để tinh gọn bộ máy.");
        await director.Locator("#Input_Recommendation").FillAsync("Đề nghị UBND tỉnh xem xét, quyết định.");

        // Two options: the form refuses without the choice and its reason.
        await director.GetByLabel("Tên phương án 1").FillAsync("Giữ nguyên");
        await director.GetByLabel("Tên phương án 2").FillAsync("Hợp nhất hai phòng");
        await director.GetByLabel("Nội dung phương án 2").FillAsync("Hợp nhất Phòng Tổ chức, biên chế và Phòng Cải cách hành chính.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Thêm phương án" }).ClickAsync();
        await Expect(director.GetByLabel("Tên phương án 3")).ToBeVisibleAsync();
        await director.Locator("[data-kc-option]").Nth(2).GetByRole(AriaRole.Button, new() { Name = "Xóa" }).ClickAsync();
        await Expect(director.GetByLabel("Tên phương án 3")).ToHaveCountAsync(0);
        await director.GetByRole(AriaRole.Button, new() { Name = "Lưu tờ trình" }).ClickAsync();
        await Expect(director.GetByTestId("form-errors")).ToContainTextAsync("phải chọn một phương án");

        await director.GetByLabel("Chọn phương án 2").CheckAsync();
        await director.Locator("#Input_ChoiceReason").FillAsync("Giảm đầu mối, không tăng biên chế.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Lưu tờ trình" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(director.GetByTestId("chosen-option")).ToHaveCountAsync(1);
        var url = new Uri(director.Url).AbsolutePath;
        await director.GetByRole(AriaRole.Form, new() { Name = "Gửi tờ trình" }).GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        await Expect(director.GetByTestId("submission-status")).ToHaveTextAsync("Đã trình, chờ Văn phòng xem xét");

        var office = await fixture.SignedInPageAsync("theodoi", land: false);
        await office.GotoAsync("/Submissions/Review");
        await office.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var returnForm = office.GetByRole(AriaRole.Form, new() { Name = "Trả lại tờ trình" });
        await returnForm.GetByLabel("Lý do").SelectOptionAsync("quality");
        await returnForm.GetByLabel("Đề nghị hoàn thiện").FillAsync("Bổ sung đánh giá tác động về biên chế của phương án 2.");
        await returnForm.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(office.GetByTestId("submission-status")).ToHaveTextAsync("Bị trả lại, chờ đơn vị hoàn thiện");
        await Expect(office.GetByTestId("submission-history")).ToContainTextAsync("Chưa đạt chất lượng");

        await director.GotoAsync(url);
        await Expect(director.GetByTestId("submission-status")).ToHaveTextAsync("Bị trả lại, chờ đơn vị hoàn thiện");
        await director.GetByRole(AriaRole.Form, new() { Name = "Trình lại" }).GetByRole(AriaRole.Button, new() { Name = "Trình lại" }).ClickAsync();
        await Expect(director.GetByTestId("submission-status")).ToHaveTextAsync("Đã trình, chờ Văn phòng xem xét");

        await office.GotoAsync(url);
        await office.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).ClickAsync();
        await Expect(office.GetByTestId("submission-status")).ToHaveTextAsync("Đã tiếp nhận");
        await Expect(office.GetByTestId("submission-history")).ToContainTextAsync("Tiếp nhận");
        await BrowserFixture.ScreenshotAsync(office, "60-to-trinh-tiep-nhan");
    }

    [Fact]
    public async Task Administrator_EditsTheCatalogue_OfficialsReadIt_OthersCannotEdit()
    {
        var code = $"thu-nghiem.{Guid.NewGuid():N}"[..28];
        var admin = await fixture.SignedInPageAsync("admin", land: false);
        await admin.GotoAsync("/Competence/Admin");
        var matterForm = admin.GetByRole(AriaRole.Form, new() { Name = "Thêm loại việc" });
        await matterForm.GetByLabel("Mã").FillAsync("Mã Sai");
        await matterForm.GetByRole(AriaRole.Button, new() { Name = "Thêm loại việc" }).ClickAsync();
        await Expect(admin.GetByTestId("form-errors")).ToContainTextAsync("Tên loại việc là bắt buộc");
        await matterForm.GetByLabel("Mã").FillAsync(code);
        await matterForm.GetByLabel("Tên loại việc").FillAsync("Thẩm định đề án vị trí việc làm");
        await matterForm.GetByLabel("Lĩnh vực").FillAsync("Nội vụ");
        await matterForm.GetByRole(AriaRole.Button, new() { Name = "Thêm loại việc" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm loại việc.");

        var entryForm = admin.GetByRole(AriaRole.Form, new() { Name = "Thêm mục thẩm quyền" });
        await entryForm.GetByLabel("Loại việc").SelectOptionAsync(new SelectOptionValue { Label = "Thẩm định đề án vị trí việc làm" });
        await entryForm.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sở Nội vụ tỉnh An Giang" });
        await entryForm.GetByLabel("Vai trò").SelectOptionAsync("decides");
        await entryForm.GetByRole(AriaRole.Button, new() { Name = "Thêm mục" }).ClickAsync();
        await Expect(admin.GetByTestId("form-errors")).ToContainTextAsync("Căn cứ pháp lý");
        await entryForm.GetByLabel("Căn cứ pháp lý").FillAsync("Nghị định 45/2025/NĐ-CP");
        await entryForm.GetByRole(AriaRole.Button, new() { Name = "Thêm mục" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm mục thẩm quyền.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xóa loại việc Thẩm định đề án vị trí việc làm" }).ClickAsync();
        await Expect(admin.GetByTestId("form-errors")).ToContainTextAsync("đang được 1 mục thẩm quyền sử dụng");

        var specialist = await fixture.SignedInPageAsync("chuyenvien", land: false);
        await specialist.GotoAsync("/Competence");
        await Expect(specialist.GetByRole(AriaRole.Rowheader, new() { Name = "Thẩm định đề án vị trí việc làm" })).ToBeVisibleAsync();
        await Expect(specialist.GetByRole(AriaRole.Rowheader, new() { Name = "Thẩm định dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh" })).ToBeVisibleAsync();
        await specialist.GotoAsync("/Competence/Admin");
        await Expect(specialist.GetByTestId("cannot-manage")).ToBeVisibleAsync();
    }
}
