using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// ADR 0003 "The office acts for its body" and docs/domain.md §6 "every step told", in Chromium: a monitor placed in Văn phòng
/// UBND tỉnh opens a sibling department's task and chases it from the board; the receiver of a hand-off finds the notice in the
/// inbox, with the step's deadline, and follows its link to the task.
/// </summary>
[Collection("browser-b")]
public sealed class OfficeAndStepNoticePagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl + "/") };
        var token = await (await client.PostAsJsonAsync("api/v1/auth/token", new { userName, password = "KyCuong@2026" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task OfficeMonitor_OpensAndChasesASiblingDepartmentsTask()
    {
        var title = $"Báo cáo quản lý thị trường xăng dầu {Guid.NewGuid():N}"[..46];
        Guid taskId;
        Guid office;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var province = await db.Units.Where(u => u.Name == "Ủy ban nhân dân tỉnh An Giang").Select(u => u.Id).SingleAsync(Ct);
            var sct = await db.Units.Where(u => u.Name == "Sở Công Thương tỉnh An Giang").Select(u => u.Id).SingleAsync(Ct);
            office = await db.Units.Where(u => u.Name == "Văn phòng Ủy ban nhân dân tỉnh An Giang").Select(u => u.Id).SingleAsync(Ct);
            var director = await db.Users.Where(u => u.UserName == "giamdoc.sct").Select(u => u.Id).SingleAsync(Ct);
            var task = new WorkTask(Guid.CreateVersion7(), title, null, province, null, sct, director, [], new DateOnly(2026, 1, 26),
                new DateTime(2026, 1, 26, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 2), null);
            taskId = task.Id;
            db.Tasks.Add(task);
            await db.SaveChangesAsync(Ct);
        }

        var userName = "vp.theodoi." + Guid.NewGuid().ToString("N")[..6];
        using (var admin = await ApiAsync("admin"))
        {
            (await admin.PostAsJsonAsync("api/v1/users", new
            {
                userName, fullName = "Lâm Thị Thu Trang", password = "KyCuong@2026", unitId = office, position = "Chuyên viên theo dõi, đôn đốc", roles = new[] { "monitor" },
            }, Ct)).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInPageAsync(userName, land: false);
        await page.GotoAsync($"/Tasks/Details/{taskId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByText("Sở Công Thương tỉnh An Giang").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "90-van-phong-xem-nhiem-vu-so");

        await page.GotoAsync("/Chasing");
        var row = page.GetByTestId("chasing-list").Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync("Sở Công Thương tỉnh An Giang");
        await Expect(row.GetByTestId("chasing-task-count")).ToHaveTextAsync("0");
        await row.GetByLabel("Ghi chú").FillAsync("Văn phòng UBND tỉnh đề nghị báo cáo trong ngày.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Đôn đốc" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã đôn đốc.");
        row = page.GetByTestId("chasing-list").Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row.GetByTestId("chasing-task-count")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "91-van-phong-don-doc-so");

        var phone = await fixture.SignedInPageAsync(userName, 390, 844, land: false);
        await phone.GotoAsync($"/Tasks/Details/{taskId}");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, "92-van-phong-xem-nhiem-vu-dien-thoai");
    }

    [Fact]
    public async Task HandOffReceiver_SeesTheNoticeWithTheStepDeadline_AndFollowsItsLink()
    {
        var title = $"Soạn quy chế phối hợp {Guid.NewGuid():N}"[..32];
        Guid taskId;
        using (var chairman = await ApiAsync("chutich"))
        using (var director = await ApiAsync("giamdoc.snv"))
        using (var specialist = await ApiAsync("chuyenvien"))
        {
            var units = await chairman.GetFromJsonAsync<JsonElement>("api/v1/units", Ct);
            var snv = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Nội vụ tỉnh An Giang").GetProperty("id").GetGuid();
            var created = await (await chairman.PostAsJsonAsync("api/v1/tasks", new { title, leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 15 }, Ct))
                .Content.ReadFromJsonAsync<JsonElement>(Ct);
            taskId = created.GetProperty("id").GetGuid();
            // The host's clock stands still, so every notice of this morning shares one timestamp: with what came before
            // read, the hand-off's notice is among the few unread ones, which the inbox lists first.
            (await specialist.PostAsync("api/v1/notifications/read-all", null, Ct)).EnsureSuccessStatusCode();
            var me = await specialist.GetFromJsonAsync<JsonElement>("api/v1/me", Ct);
            (await director.PostAsJsonAsync($"api/v1/tasks/{taskId}/handoffs", new { toUserId = me.GetProperty("id").GetGuid(), stepDueDate = "2026-02-10", note = "Anh Hải soạn dự thảo." }, Ct))
                .EnsureSuccessStatusCode();
        }

        using (var admin = await ApiAsync("admin"))
        {
            (await admin.PostAsync("api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
        }

        foreach (var (width, height, shot) in new[] { (1280, 900, "93-thong-bao-chuyen-xu-ly"), (390, 844, "94-thong-bao-chuyen-xu-ly-dien-thoai") })
        {
            var page = await fixture.SignedInPageAsync("chuyenvien", width, height, land: false);
            await page.GotoAsync("/Notifications");
            var row = page.GetByTestId("inbox-item").Filter(new() { HasText = title });
            await Expect(row).ToContainTextAsync($"Bạn được chuyển xử lý nhiệm vụ \"{title}\"");
            await Expect(row).ToContainTextAsync("Chuyển xử lý");
            await Expect(row).ToContainTextAsync("Hạn của bước: 10/02/2026");
            await Expect(row).ToContainTextAsync("Anh Hải soạn dự thảo.");
            await BrowserFixture.ScreenshotAsync(page, shot);
            if (width > 1000)
            {
                await row.GetByRole(AriaRole.Button, new() { Name = $"Bạn được chuyển xử lý nhiệm vụ \"{title}\"" }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Tasks/Details/{taskId}$"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
            }

        }
    }

    [Fact]
    public async Task Chairman_DirectsADocument_NamingTheFocalUnit()
    {
        var symbol = string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));
        Guid id;
        using (var clerk = await ApiAsync("vanthu"))
        {
            var registered = await (await clerk.PostAsJsonAsync("api/v1/documents", new
            {
                direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/TTg-{symbol}", date = "2026-01-30", type = "Công điện",
                subject = "Về chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc",
            }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
            id = registered.GetProperty("id").GetGuid();
        }

        var page = await fixture.SignedInPageAsync("chutich", land: false);
        await page.GotoAsync($"/Documents/Details/{id}");
        // Both pickers are searchable (Tom Select): the choice is made on the underlying select, as the other page tests do.
        await page.Locator("#Input_LeadUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương tỉnh An Giang" }, new() { Force = true });
        await page.Locator("#Input_FocalUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Sở Nội vụ tỉnh An Giang" }, new() { Force = true });
        await BrowserFixture.ScreenshotAsync(page, "95-chi-dao-dau-moi-theo-doi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chỉ đạo và giao nhiệm vụ" }).ClickAsync();
        await Expect(page.GetByTestId("focal-unit")).ToContainTextAsync("Đầu mối theo dõi: Sở Nội vụ tỉnh An Giang");
        await BrowserFixture.ScreenshotAsync(page, "96-da-chi-dao-dau-moi");

        var phone = await fixture.SignedInPageAsync("chutich", 390, 844, land: false);
        await phone.GotoAsync($"/Documents/Details/{id}");
        await Expect(phone.GetByTestId("focal-unit")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, "97-da-chi-dao-dau-moi-dien-thoai");
    }
}
