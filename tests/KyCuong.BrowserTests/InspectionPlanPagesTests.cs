using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Yearly checking plans in Chromium (docs/domain.md "Checks of official duties: plans and evidence"): the provincial office drafts a plan
/// with a notified line for Sở Tư pháp and a surprise line for Sở Công Thương; the chairman approves it; Sở Tư pháp's director sees
/// the plan on a phone without the surprise line, Sở Công Thương's director does not see it at all; the chairman decides the check of
/// the notified line, which links back to the plan.
/// </summary>
[Collection("browser-b")]
public sealed class InspectionPlanPagesTests(BrowserFixture fixture)
{
    private const string Province = "Ủy ban nhân dân tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    [Fact]
    public async Task Plan_DraftedApprovedAndCarriedOut_SurpriseLineHiddenFromTheCheckedUnit()
    {
        var title = $"Kế hoạch kiểm tra công vụ {Guid.NewGuid().ToString("N")[..6]}";
        var office = await fixture.SignedInPageAsync("theodoi");
        await BrowserFixture.NavigateAsync(office, "Phối hợp, đôn đốc", "Kế hoạch kiểm tra công vụ");
        await office.GetByTestId("new-plan").ClickAsync();
        await office.Locator("#body").SelectOptionAsync(new SelectOptionValue { Label = Province });
        await office.Locator("#title").FillAsync(title);
        await office.Locator("#line-0-unit").SelectOptionAsync(new SelectOptionValue { Label = Stp });
        await office.Locator("#line-0-month").SelectOptionAsync("3");
        await office.Locator("#line-0-workingHours").CheckAsync();
        await office.Locator("#line-0-tasksAndDeadlines").CheckAsync();
        await office.Locator("#line-1-unit").SelectOptionAsync(new SelectOptionValue { Label = Sct });
        await office.Locator("#line-1-month").SelectOptionAsync("5");
        await office.Locator("#line-1-directive").CheckAsync();
        await office.Locator("#line-1-directive-name").FillAsync("Công điện 280/CĐ-TTg");
        await office.Locator("#line-1-surprise").CheckAsync();
        await BrowserFixture.ScreenshotAsync(office, "120-ke-hoach-du-thao");
        await office.GetByTestId("save-plan").ClickAsync();
        await Expect(office.GetByTestId("plan-status")).ToHaveTextAsync("Dự thảo, chờ lãnh đạo phê duyệt");
        await Expect(office.GetByTestId("plan-lines")).ToContainTextAsync("Thực hiện Công điện 280/CĐ-TTg");
        await Expect(office.GetByTestId("approve-plan")).ToHaveCountAsync(0);
        var planUrl = new Uri(office.Url).AbsolutePath;

        var chairman = await fixture.SignedInPageAsync("chutich", land: false);
        await chairman.GotoAsync(planUrl);
        await chairman.GetByTestId("approve-plan").ClickAsync();
        await Expect(chairman.GetByTestId("plan-status")).ToHaveTextAsync("Đã phê duyệt");
        await Expect(chairman.GetByTestId("edit-plan")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(chairman, "121-ke-hoach-da-phe-duyet");

        // The checked units: Sở Tư pháp sees its own line only; Sở Công Thương, checked only by surprise, sees no plan.
        var stp = await fixture.SignedInPageAsync("giamdoc.stp", 375, 812, land: false);
        await stp.GotoAsync(planUrl);
        await Expect(stp.GetByTestId("plan-lines")).ToContainTextAsync(Stp);
        await Expect(stp.GetByTestId("plan-lines")).Not.ToContainTextAsync(Sct);
        await Expect(stp.GetByTestId("plan-lines")).Not.ToContainTextAsync("Đột xuất");
        await BrowserFixture.ScreenshotAsync(stp, "122-ke-hoach-don-vi-dien-thoai");
        var sct = await fixture.SignedInPageAsync("giamdoc.sct", 375, 812);
        (await sct.GotoAsync(planUrl))!.Status.ShouldBe(404);
        await sct.GotoAsync("/Inspections/Plans");
        await Expect(sct.GetByTestId("plan-list")).Not.ToContainTextAsync(title);

        // The chairman decides the check of Sở Tư pháp's line; the check links back to the plan.
        await chairman.GotoAsync(planUrl);
        await chairman.GetByTestId("decide-line").First.ClickAsync();
        using (var api = await fixture.ApiAsync("thanhtra"))
        {
            var me = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me", TestContext.Current.CancellationToken);
            await chairman.Locator("#team").SelectOptionAsync(new SelectOptionValue { Value = me.GetProperty("id").GetString()! });
        }

        await BrowserFixture.ScreenshotAsync(chairman, "123-ke-hoach-quyet-dinh-kiem-tra");
        await chairman.GetByTestId("decide-check").ClickAsync();
        await Expect(chairman.GetByTestId("inspection-status")).ToHaveTextAsync("Đã quyết định, chưa tiến hành");
        await Expect(chairman.GetByTestId("plan-link")).ToBeVisibleAsync();
        await chairman.GetByTestId("plan-link").ClickAsync();
        await Expect(chairman.GetByTestId("plan-lines")).ToContainTextAsync("Xem cuộc kiểm tra");
        var checkUrl = await chairman.GetByTestId("plan-lines").GetByRole(AriaRole.Link, new() { Name = "Xem cuộc kiểm tra" }).GetAttributeAsync("href");
        await chairman.GotoAsync("/Inspections/Plans");
        await BrowserFixture.ScreenshotAsync(chairman, "124-ke-hoach-danh-sach");

        // The team arrives, records a finding and attaches a photo as evidence; a web page posing as a photo is refused.
        var team = await fixture.SignedInPageAsync("thanhtra", land: false);
        await team.GotoAsync(checkUrl!);
        await team.GetByTestId("start-inspection").ClickAsync();
        await team.GetByTestId("finding-form").GetByLabel("Kết quả ghi nhận").FillAsync("Sổ theo dõi giờ làm việc tháng 2 bỏ trống 5 ngày.");
        await team.GetByTestId("add-finding").ClickAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        await team.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "anh.jpg", MimeType = "image/jpeg", Buffer = "<html></html>"u8.ToArray() });
        await team.GetByTestId("add-evidence").ClickAsync();
        await Expect(team.GetByTestId("form-errors")).ToContainTextAsync("không đúng loại tệp");
        await team.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "so-theo-doi.png", MimeType = "image/png", Buffer = png });
        await team.GetByTestId("add-evidence").ClickAsync();
        await Expect(team.GetByTestId("evidence")).ToContainTextAsync("so-theo-doi.png");
        await BrowserFixture.ScreenshotAsync(team, "125-kiem-tra-chung-cu");
        var download = await team.RunAndWaitForDownloadAsync(() => team.GetByTestId("evidence").GetByRole(AriaRole.Link, new() { Name = "so-theo-doi.png" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("so-theo-doi.png");
    }
}
