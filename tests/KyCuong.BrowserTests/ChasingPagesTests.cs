using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The chasing pages in Chromium (docs/domain.md §10): the monitor of UBND tỉnh An Giang opens "Đôn đốc", sees an overdue task,
/// chases it with one click, the row's count goes up and the person's accountability page lists the reminder.
/// The host's clock is Tue 03/02/2026 09:00 (UTC+7); the task was due Mon 02/02/2026.
/// </summary>
[Collection("browser-b")]
public sealed class ChasingPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Monitor_ChasesOverdueTask_CountGrows_AccountabilityShowsIt()
    {
        var title = $"Báo cáo kết quả rà soát biên chế {Guid.NewGuid():N}"[..44];
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var province = await db.Units.Where(u => u.Name == "Ủy ban nhân dân tỉnh An Giang").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            var cchc = await db.Units.Where(u => u.Name == "Phòng Cải cách hành chính").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            var specialist = await db.Users.Where(u => u.UserName == "chuyenvien").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            db.Tasks.Add(new WorkTask(Guid.CreateVersion7(), title, null, province, null, cchc, specialist, [], new DateOnly(2026, 1, 26),
                new DateTime(2026, 1, 26, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 2), null));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var page = await fixture.SignedInPageAsync("theodoi");
        await BrowserFixture.NavigateAsync(page, "Phối hợp, đôn đốc", "Đôn đốc");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đôn đốc nhiệm vụ quá hạn, sắp đến hạn" })).ToBeVisibleAsync();
        var row = page.GetByTestId("chasing-list").Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync("Phòng Cải cách hành chính");
        await Expect(row).ToContainTextAsync("Võ Thanh Hải");
        await Expect(row).ToContainTextAsync("02/02/2026");
        await Expect(row).ToContainTextAsync("1 ngày làm việc");
        await Expect(row.GetByTestId("chasing-task-count")).ToHaveTextAsync("0");
        await BrowserFixture.ScreenshotAsync(page, "70-don-doc");

        await row.GetByLabel("Ghi chú").FillAsync("Đề nghị báo cáo ngay trong ngày.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Đôn đốc" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã đôn đốc.");
        row = page.GetByTestId("chasing-list").Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row.GetByTestId("chasing-task-count")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "71-da-don-doc");

        await row.GetByTestId("chasing-person").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Võ Thanh Hải" })).ToBeVisibleAsync();
        var list = page.GetByTestId("person-reminder-list");
        var reminder = list.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(reminder).ToContainTextAsync("Đôn đốc trực tiếp");
        await Expect(reminder).ToContainTextAsync("Bùi Quốc Khánh");
        await Expect(reminder).ToContainTextAsync("Đề nghị báo cáo ngay trong ngày.");
        await BrowserFixture.ScreenshotAsync(page, "72-trach-nhiem-ca-nhan");

        // Someone outside the scope gets a 404 for the same record.
        var outsider = await fixture.SignedInPageAsync("giamdoc.sct", land: false);
        var response = await outsider.GotoAsync(new Uri(page.Url).AbsolutePath);
        response!.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Admin_SetsLadderOfDepartment_MonitorReadsItOnly()
    {
        var admin = await fixture.SignedInPageAsync("admin", land: false);
        await admin.GotoAsync("/Chasing/Ladder");
        await admin.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp tỉnh An Giang" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(admin.GetByText("kế thừa từ đơn vị cấp trên")).ToBeVisibleAsync();
        await admin.GetByLabel("Ngưỡng xem xét điều chuyển (số lần)").FillAsync("0");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu thang nhắc việc" }).ClickAsync();
        await Expect(admin.GetByTestId("form-errors")).ToContainTextAsync("Ngưỡng xem xét điều chuyển từ 1 đến 100");
        await admin.GetByLabel("Ngưỡng xem xét điều chuyển (số lần)").FillAsync("4");
        await admin.GetByLabel("Giờ gửi nhắc").FillAsync("08:15");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu thang nhắc việc" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu thang nhắc việc.");
        await Expect(admin.GetByText("đặt riêng cho đơn vị này")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("ladder-unit")).ToHaveTextAsync("Sở Tư pháp tỉnh An Giang");
        await Expect(admin.GetByLabel("Ngưỡng xem xét điều chuyển (số lần)")).ToHaveValueAsync("4");
        await BrowserFixture.ScreenshotAsync(admin, "73-thang-nhac-viec");

        var monitor = await fixture.SignedInPageAsync("theodoi", land: false);
        await monitor.GotoAsync("/Chasing/Ladder");
        await Expect(monitor.GetByRole(AriaRole.Heading, new() { Name = "Thang nhắc việc" })).ToBeVisibleAsync();
        await Expect(monitor.GetByRole(AriaRole.Button, new() { Name = "Lưu thang nhắc việc" })).ToHaveCountAsync(0);
    }
}
