using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Notifications in Chromium: the unread badge follows a new task assignment live over SignalR without a
/// reload; the inbox lists the notice and marks it read; the e-mail settings; the administrators' outbox page.
/// </summary>
[Collection("browser")]
public sealed class NotificationPagesTests(BrowserFixture fixture)
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

    private async Task RunJobsAsync()
    {
        using var admin = await ApiAsync("admin");
        (await admin.PostAsync("api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task LeadPerson_SeesTheBadgeRiseLive_ThenReadsTheNoticeInTheInbox()
    {
        // Earlier tests may have left notices in the outbox: drain them first so the count below is this test's own.
        await RunJobsAsync();
        var page = await fixture.NewPageAsync();

        // The badge script asks the hub for the count as soon as it is connected; the answer (a SignalR completion, type 3)
        // arriving means the server holds this connection under the person's id, so the push below cannot be missed.
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text?.Contains("\"type\":3", StringComparison.Ordinal) == true)
            {
                connected.TrySetResult();
            }
        };
        await BrowserFixture.SignInAsync(page, "giamdoc.snv");
        var badge = page.GetByTestId("inbox-unread");
        await Expect(badge).ToBeVisibleAsync();
        await connected.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        var before = int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        var title = $"Kiểm tra công vụ đột xuất {Guid.NewGuid():N}"[..36];
        using (var chairman = await ApiAsync("chutich"))
        {
            var units = await chairman.GetFromJsonAsync<JsonElement>("api/v1/units", Ct);
            var snv = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == SoNoiVu).GetProperty("id").GetGuid();
            (await chairman.PostAsJsonAsync("api/v1/tasks", new { title, leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct)).EnsureSuccessStatusCode();
        }

        // The jobs run may bring this person other notices too (reminders, consultations of other tests): the badge must
        // rise without a reload, by at least this task's notice.
        await RunJobsAsync();
        await page.WaitForFunctionAsync(
            "before => Number(document.querySelector('[data-testid=\"inbox-unread\"]')?.textContent) > before", before, new() { Timeout = 15000 });
        var risen = int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await BrowserFixture.ScreenshotAsync(page, "70-thong-bao-huy-hieu");

        await page.GetByTestId("inbox-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo", Exact = true })).ToBeVisibleAsync();
        var row = page.GetByTestId("inbox-item").Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("Bạn được giao chủ trì nhiệm vụ");
        await Expect(row).ToContainTextAsync("Nhiệm vụ");
        await Expect(row).ToContainTextAsync("Mới");
        await BrowserFixture.ScreenshotAsync(page, "71-hop-thong-bao");

        await row.GetByRole(AriaRole.Button, new() { Name = "Đã đọc" }).ClickAsync();
        // Read notices sort after the unread ones, so the row may have left the first page: no unread row of it remains.
        await Expect(page.GetByTestId("inbox-item").Filter(new() { HasText = title }).Filter(new() { HasText = "Mới" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("inbox-unread")).ToHaveTextAsync((risen - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Settings_ChooseDigest_Saved()
    {
        var page = await fixture.SignedInPageAsync("chuyenvien.tcbc", land: false);
        await page.GotoAsync("/Notifications/Settings");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cài đặt nhận thư" })).ToBeVisibleAsync();
        await page.GetByLabel("Gửi một thư tổng hợp mỗi ngày làm việc").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu cách nhận thư");
        await Expect(page.GetByLabel("Gửi một thư tổng hợp mỗi ngày làm việc")).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "72-cai-dat-nhan-thu");

        // One category its own way: hand-offs at once, while the rest follow the digest.
        await page.GetByTestId("category-settings").Locator("summary").ClickAsync();
        await page.GetByLabel("Chuyển xử lý").SelectOptionAsync("immediate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu cách nhận thư");
        await Expect(page.GetByLabel("Chuyển xử lý")).ToHaveValueAsync("immediate");
        await Expect(page.GetByLabel("Nhắc hạn")).ToHaveValueAsync("default");
        await BrowserFixture.ScreenshotAsync(page, "72-cai-dat-nhan-thu-theo-loai");

        var phone = await fixture.SignedInPageAsync("chuyenvien.tcbc", 390, 844, land: false);
        await phone.GotoAsync("/Notifications/Settings");
        await Expect(phone.GetByLabel("Chuyển xử lý")).ToHaveValueAsync("immediate");
        await BrowserFixture.ScreenshotAsync(phone, "72-cai-dat-nhan-thu-theo-loai-phone");
    }

    [Fact]
    public async Task OutboxPage_AdministratorSeesCounts_OthersAreRefused()
    {
        var page = await fixture.SignedInPageAsync("admin", land: false);
        await page.GotoAsync("/Admin/Outbox");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hàng đợi gửi (thông báo, thư điện tử)" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("outbox-counts")).ToContainTextAsync("Lỗi:");
        await BrowserFixture.ScreenshotAsync(page, "63-hang-doi-gui");

        var other = await fixture.SignedInPageAsync("chuyenvien", land: false);
        var response = await other.GotoAsync("/Admin/Outbox");
        response.ShouldNotBeNull();
        await Expect(other.GetByTestId("outbox-counts")).ToHaveCountAsync(0);
    }
}
