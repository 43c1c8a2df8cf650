using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

[Collection("browser-b")]
public sealed class CalendarPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task YearView_2026_ShowsTetSwapsAndLunarDates_AndPrints()
    {
        var page = await fixture.SignedInPageAsync("chuyenvien");
        await BrowserFixture.NavigateAsync(page, "Tổ chức", "Lịch làm việc");
        await page.GotoAsync("/Calendar?year=2026");
        var year = page.GetByTestId("calendar-year");
        await Expect(year.Locator("td[data-date='2026-02-17']")).ToHaveAttributeAsync("data-reason", "holiday:Tết Nguyên đán");
        await Expect(year.Locator("td[data-date='2026-02-17'] .kc-cal-lunar")).ToContainTextAsync("1/1");
        await Expect(year.Locator("td[data-date='2026-01-10']")).ToHaveAttributeAsync("data-reason", "swappedWorking");
        await Expect(year.Locator("td[data-date='2026-01-02']")).ToHaveAttributeAsync("data-reason", "swappedOff");
        await Expect(year.Locator("td[data-date='2026-04-27']")).ToHaveAttributeAsync("data-reason", "compensatory");
        await Expect(year.Locator("td[data-date='2026-02-23']")).ToHaveAttributeAsync("data-reason", "working");
        await Expect(year.Locator("td.kc-cal-day")).ToHaveCountAsync(365);
        await BrowserFixture.ScreenshotAsync(page, "10-lich-lam-viec-2026");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("nav.navbar")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "11-lich-lam-viec-ban-in");

        await page.GotoAsync("/Calendar/Admin");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_OpensCalendarAdministration()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await BrowserFixture.NavigateAsync(page, "Quản trị", "Quản trị lịch");
        await Expect(page.Locator("h1")).ToContainTextAsync("lịch");
        await BrowserFixture.ScreenshotAsync(page, "12-quan-tri-lich");
    }
}
