using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// "Việc cần xử lý" in Chromium (docs/domain.md §6): the home page's lists and the navigation's count, the hand-off chain's middle
/// person who still opens the task and finds it under "Đã chuyển / đang theo dõi", and the review with a send-back from the task
/// page. The host's clock is Tue 03/02/2026 09:00 (UTC+7).
/// </summary>
[Collection("browser")]
public sealed class WorkPagesTests(BrowserFixture fixture)
{
    private const string SoNoiVu = "Sở Nội vụ tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl + "/") };
        var token = await (await client.PostAsJsonAsync("api/v1/auth/token", new { userName, password = "KyCuong@2026" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<Guid> IdOfAsync(string userName)
    {
        using var client = await ApiAsync(userName);
        return (await client.GetFromJsonAsync<JsonElement>("api/v1/me", Ct)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> AssignAsync(string title, string dueDate)
    {
        using var admin = await ApiAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("api/v1/units", Ct);
        var snv = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == SoNoiVu).GetProperty("id").GetGuid();
        using var chutich = await ApiAsync("chutich");
        var response = await chutich.PostAsJsonAsync("api/v1/tasks", new { title, leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), dueDate }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task MiddlePersonOfTheChain_StillOpensTheTask_AndFindsItUnderFollowed()
    {
        var title = $"Rà soát quy chế phối hợp {Guid.NewGuid():N}"[..40];
        var id = await AssignAsync(title, "2026-02-27");
        using (var giamdoc = await ApiAsync("giamdoc.snv"))
        {
            (await giamdoc.PostAsJsonAsync($"api/v1/tasks/{id}/handoffs", new { toUserId = await IdOfAsync("truongphong.cchc"), note = "Phòng CCHC tham mưu." }, Ct)).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInPageAsync("truongphong.cchc");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Việc cần xử lý", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("work-tasksHeld")).ToContainTextAsync(title);

        // She hands it on to the specialist through the task page.
        await page.GetByTestId("work-tasksHeld").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByLabel("Người nhận").SelectOptionAsync(new SelectOptionValue { Label = "Võ Thanh Hải – Chuyên viên" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển", Exact = true }).ClickAsync();

        // Before, the next page said "Không tìm thấy nhiệm vụ": now the task stays open to her, for reading.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("task-current-holder")).ToHaveTextAsync("Võ Thanh Hải");
        await Expect(page.Locator("#f-handoff")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "work-01-nguoi-giua-van-xem-nhiem-vu");

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("work-followed")).ToContainTextAsync(title);
        await Expect(page.GetByTestId("work-tasksHeld")).Not.ToContainTextAsync(title);
        await page.GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).First.ClickAsync();
        await page.GetByTestId("view-followed").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã chuyển / đang theo dõi" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("task-list")).ToContainTextAsync(title);
        await BrowserFixture.ScreenshotAsync(page, "work-02-da-chuyen-dang-theo-doi");

        var phone = await fixture.SignedInPageAsync("truongphong.cchc", 390, 844);
        await Expect(phone.GetByTestId("work-followed")).ToContainTextAsync(title);
        await BrowserFixture.ScreenshotAsync(phone, "work-03-viec-can-xu-ly-dien-thoai");
    }

    [Fact]
    public async Task Assigner_ReviewsFromTheHomePage_SendsItBack_TheTaskIsOpenAgainWithTheSameDeadline()
    {
        var title = $"Báo cáo kiểm tra công vụ {Guid.NewGuid():N}"[..40];
        // A working day: a deadline on a Tết day would move to the next working day (docs/domain.md §6).
        var id = await AssignAsync(title, "2026-02-26");
        using (var giamdoc = await ApiAsync("giamdoc.snv"))
        {
            (await giamdoc.PostAsJsonAsync($"api/v1/tasks/{id}/complete", new { result = "Đã gửi Báo cáo số 21/BC-SNV." }, Ct)).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInPageAsync("chutich");
        var toReview = page.GetByTestId("work-toReview");
        await Expect(toReview).ToContainTextAsync(title);
        await Expect(page.GetByTestId("work-count")).Not.ToHaveTextAsync("0");
        await BrowserFixture.ScreenshotAsync(page, "work-04-viec-can-xu-ly-lanh-dao");

        await toReview.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByTestId("task-review")).ToContainTextAsync("Đang chờ");
        await page.GetByLabel("Không đạt yêu cầu").CheckAsync();
        await page.GetByLabel("Trả lại để làm lại").CheckAsync();
        await page.GetByLabel("Nhận xét").FillAsync("Thiếu số liệu của các xã, đề nghị bổ sung.");
        await BrowserFixture.ScreenshotAsync(page, "work-05-danh-gia-ket-qua");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đánh giá" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("trả lại nhiệm vụ để làm lại");
        await Expect(page.GetByTestId("task-review")).ToContainTextAsync("Không đạt yêu cầu");
        await Expect(page.GetByTestId("task-review")).ToContainTextAsync("đã trả lại để làm lại");
        await Expect(page.GetByTestId("task-due-date")).ToContainTextAsync("26/02/2026");
        await Expect(page.GetByTestId("task-status")).ToHaveTextAsync("Đang thực hiện trong hạn");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Đánh giá không đạt, trả lại để làm lại");
        await Expect(page.GetByTestId("review-form")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "work-06-tra-lai-lam-lai");

        // The holder finds it back in the work list.
        var holder = await fixture.SignedInPageAsync("giamdoc.snv");
        await Expect(holder.GetByTestId("work-tasksHeld")).ToContainTextAsync(title);
    }
}
