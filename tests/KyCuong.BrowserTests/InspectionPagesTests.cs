using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Checks of official duties in Chromium (docs/domain.md "Checks of official duties"): the provincial chairman decides a notified
/// check of Sở Tư pháp and a surprise check of Sở Công Thương; the team arrives and records findings; the checked unit explains
/// (on a phone, 375 px); the chairman concludes with a remedy that becomes a task; the team verifies it. Until the team arrives
/// the surprise check does not exist for the checked department's director.
/// </summary>
[Collection("browser-b")]
public sealed class InspectionPagesTests(BrowserFixture fixture)
{
    private const string Stp = "Sở Tư pháp tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    private async Task<string> UserIdAsync(string userName)
    {
        using var api = await fixture.ApiAsync(userName);
        var me = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me");
        return me.GetProperty("id").GetString()!;
    }

    private async Task<string> DecideAsync(IPage chairman, string title, string unit, bool surprise, string screenshot)
    {
        await BrowserFixture.NavigateAsync(chairman, "Phối hợp, đôn đốc", "Kiểm tra công vụ");
        await chairman.GetByTestId("new-inspection").ClickAsync();
        await chairman.Locator("#Input_Title").FillAsync(title);
        await chairman.Locator("#Input_CheckedUnitIds").SelectOptionAsync(new SelectOptionValue { Label = unit });
        if (surprise)
        {
            await chairman.GetByTestId("surprise").CheckAsync();
        }

        await chairman.Locator("#Input_TeamUserIds").SelectOptionAsync(new SelectOptionValue { Value = await UserIdAsync("thanhtra") });
        await chairman.Locator("#Input_PlannedStart").FillAsync("2026-02-10");
        if (screenshot.Length > 0)
        {
            await BrowserFixture.ScreenshotAsync(chairman, screenshot);
        }

        await chairman.GetByTestId("submit-inspection").ClickAsync();
        await Expect(chairman.GetByTestId("inspection-status")).ToHaveTextAsync("Đã quyết định, chưa tiến hành");
        return new Uri(chairman.Url).AbsolutePath;
    }

    private static async Task StartAndRecordAsync(IPage team, string url, string finding)
    {
        await team.GotoAsync(url);
        await team.GetByTestId("start-inspection").ClickAsync();
        await Expect(team.GetByTestId("inspection-status")).ToHaveTextAsync("Đoàn đã đến làm việc");
        await team.GetByTestId("finding-form").GetByLabel("Kết quả ghi nhận").FillAsync(finding);
        await team.GetByTestId("add-finding").ClickAsync();
        await Expect(team.GetByTestId("findings")).ToContainTextAsync(finding);
    }

    private static async Task ConcludeAsync(IPage chairman, string url, string unit, string remedy)
    {
        await chairman.GotoAsync(url);
        var form = chairman.GetByTestId("conclusion-form");
        await form.GetByLabel("Nội dung kết luận").FillAsync("Đơn vị chấn chỉnh ngay các tồn tại đã nêu trong biên bản.");
        await form.Locator("#remedy-unit-0").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await form.Locator("#remedy-text-0").FillAsync(remedy);
        await chairman.GetByTestId("conclude").ClickAsync();
        await Expect(chairman.GetByTestId("inspection-status")).ToHaveTextAsync("Đã kết luận, đang khắc phục");
        await Expect(chairman.GetByTestId("remedies")).ToContainTextAsync("Đang thực hiện");
    }

    [Fact]
    public async Task PlannedAndSurpriseChecks_DecisionToConclusion_RemedyIsATask_SurpriseHiddenUntilArrival()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var chairman = await fixture.SignedInPageAsync("chutich");
        var team = await fixture.SignedInPageAsync("thanhtra");

        // A notified check: the checked unit sees it from the decision and explains on a phone.
        var planned = $"Kiểm tra công vụ tại Sở Tư pháp {suffix}";
        var plannedUrl = await DecideAsync(chairman, planned, Stp, surprise: false, "110-kiem-tra-quyet-dinh");
        await StartAndRecordAsync(team, plannedUrl, "4 hồ sơ chứng thực quá hạn trả kết quả, không có văn bản xin lỗi người dân.");
        await BrowserFixture.ScreenshotAsync(team, "111-kiem-tra-bien-ban");

        var stp = await fixture.SignedInPageAsync("giamdoc.stp", 375, 812, land: false);
        await stp.GotoAsync(plannedUrl);
        await stp.GetByTestId("explanation-form").GetByLabel("Nội dung giải trình").FillAsync("Tháng 1 thiếu 2 công chức do nghỉ thai sản; Sở đã bố trí người thay.");
        await stp.GetByTestId("send-explanation").ClickAsync();
        await Expect(stp.GetByTestId("inspection-status")).ToHaveTextAsync("Đơn vị đã giải trình");
        await BrowserFixture.ScreenshotAsync(stp, "112-kiem-tra-giai-trinh-dien-thoai");

        await ConcludeAsync(chairman, plannedUrl, Stp, "Trả kết quả 4 hồ sơ quá hạn và gửi văn bản xin lỗi người dân");
        await BrowserFixture.ScreenshotAsync(chairman, "113-kiem-tra-ket-luan");
        await stp.GotoAsync(plannedUrl);
        await BrowserFixture.ScreenshotAsync(stp, "114-kiem-tra-ket-luan-dien-thoai");

        await team.GotoAsync(plannedUrl);
        await team.GetByTestId("verify-form").GetByLabel("Đã khắc phục").CheckAsync();
        await team.GetByTestId("verify").ClickAsync();
        await Expect(team.GetByTestId("inspection-status")).ToHaveTextAsync("Đã hoàn thành");
        await Expect(team.GetByTestId("remedies")).ToContainTextAsync("Đã khắc phục");

        // A surprise check: Sở Công Thương's director neither finds it nor opens it until the team arrives.
        var surprise = $"Kiểm tra đột xuất tại Sở Công Thương {suffix}";
        var surpriseUrl = await DecideAsync(chairman, surprise, Sct, surprise: true, "");
        await Expect(chairman.GetByTestId("inspection-kind")).ToHaveTextAsync("Kiểm tra đột xuất");
        var sct = await fixture.SignedInPageAsync("giamdoc.sct", 375, 812);
        (await sct.GotoAsync(surpriseUrl))!.Status.ShouldBe(404);
        await sct.GotoAsync("/Inspections");
        await Expect(sct.GetByTestId("inspection-list")).Not.ToContainTextAsync(surprise);

        await StartAndRecordAsync(team, surpriseUrl, "Lúc 8 giờ 15, 3 công chức chưa có mặt tại cơ quan, không có lý do.");
        (await sct.GotoAsync(surpriseUrl))!.Status.ShouldBe(200);
        await Expect(sct.GetByTestId("inspection-status")).ToHaveTextAsync("Đã lập biên bản");
        await ConcludeAsync(chairman, surpriseUrl, Sct, "Kiểm điểm 3 công chức vắng mặt không lý do");
        await sct.GotoAsync("/Inspections");
        await Expect(sct.GetByTestId("inspection-list")).ToContainTextAsync(surprise);
        await BrowserFixture.ScreenshotAsync(sct, "115-kiem-tra-danh-sach-dien-thoai");
        await chairman.GotoAsync("/Inspections");
        await BrowserFixture.ScreenshotAsync(chairman, "116-kiem-tra-danh-sach");

        // The risk ranking explains each score by its inputs and weights.
        await chairman.GotoAsync("/Inspections/Risk");
        await Expect(chairman.GetByTestId("risk-table")).ToContainTextAsync(Sct);
        await chairman.GetByTestId("draw").ClickAsync();
        await Expect(chairman.GetByTestId("sample")).ToContainTextAsync("Kết quả chọn");
        await BrowserFixture.ScreenshotAsync(chairman, "117-kiem-tra-xep-hang-rui-ro");
        var phone = await fixture.SignedInPageAsync("chutich", 375, 812, land: false);
        await phone.GotoAsync("/Inspections/Risk");
        await BrowserFixture.ScreenshotAsync(phone, "118-kiem-tra-xep-hang-rui-ro-dien-thoai");
    }
}
