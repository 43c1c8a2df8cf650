using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Forms that fit the work, in Chromium (docs/domain.md §6–§8): a deadline typed day first on a holiday shows where it moves
/// before saving (Civil Code 2015 art. 148(5)) and the task is due that day; the unit pickers are searchable and keep the chosen
/// units in view; the consultation form starts from the person's own unit and finds the related task by search; file inputs
/// speak Vietnamese. The host's clock is Tue 03/02/2026 09:00 (UTC+7); the holiday comes from the calendar's own data.
/// </summary>
[Collection("browser")]
public sealed partial class FormsPagesTests(BrowserFixture fixture)
{
    private const string SoNoiVu = "Sở Nội vụ tỉnh An Giang";
    private const string SoTuPhap = "Sở Tư pháp tỉnh An Giang";
    private const string SoCongThuong = "Sở Công Thương tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "KyCuong@2026" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The first weekday of Tết after today and the working day a deadline on it becomes, from the calendar API.</summary>
    private async Task<(DateOnly Holiday, DateOnly Due, string Name)> TetAsync()
    {
        using var api = await ApiAsync("admin");
        var days = (await api.GetFromJsonAsync<JsonElement>("/api/v1/calendar/days?from=2026-02-04&to=2027-02-03", Ct)).EnumerateArray()
            .Select(d => (Date: DateOnly.Parse(d.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), Working: d.GetProperty("isWorkingDay").GetBoolean(),
                Reason: d.GetProperty("reason").GetString()))
            .ToList();
        var holiday = days.First(d => d.Reason == "holiday:Tết Nguyên đán" && d.Date.DayOfWeek != DayOfWeek.Saturday && d.Date.DayOfWeek != DayOfWeek.Sunday);
        return (holiday.Date, days.First(d => d.Date >= holiday.Date && d.Working).Date, "Tết Nguyên đán");
    }

    /// <summary>Types into a tom-select picker and picks the option with this text.</summary>
    private static async Task PickAsync(IPage page, string selectId, string typed, string option)
    {
        await SearchAsync(page, selectId, typed);
        var choice = page.Locator($"#{selectId}-ts-dropdown .option", new() { HasTextRegex = new Regex("^" + Regex.Escape(option) + "$") });
        if (!await WaitVisibleAsync(choice.First))
        {
            // As a person would when the list is not showing: Arrow Down opens it.
            await page.Locator($"#{selectId}-ts-control").PressAsync("ArrowDown");
        }

        await Expect(choice.First).ToBeVisibleAsync();
        await choice.First.ClickAsync();

        // A list left open covers the next field (under load the picker can reopen after the choice): close it as a person would.
        await CloseListAsync(page, selectId);
    }

    /// <summary>Closes a picker's list with Escape and waits until it is gone, pressing again if the picker reopened it
    /// (Tom Select refocuses its field a moment after a choice, which under load can land after the first Escape).</summary>
    private static async Task CloseListAsync(IPage page, string selectId)
    {
        var list = page.Locator($"#{selectId}-ts-dropdown");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await list.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 2000 });
                await Task.Delay(150);
                if (!await list.IsVisibleAsync())
                {
                    return;
                }
            }
            catch (TimeoutException)
            {
                // Still open: press Escape again, as a person would.
            }
        }

        await Expect(list).ToBeHiddenAsync();
    }

    private static async Task<bool> WaitVisibleAsync(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Focuses a tom-select picker's search box (as Tab does) and types into it, as a person would. Focus, not a
    /// click: the previous picker's list, which Tom Select can reopen a moment after a choice when the machine is loaded,
    /// would take the click; moving the focus closes it.</summary>
    private static async Task SearchAsync(IPage page, string selectId, string typed)
    {
        var box = page.Locator($"#{selectId}-ts-control");
        await box.FocusAsync();
        await box.EvaluateAsync("el => { el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); }");
        await page.Keyboard.TypeAsync(typed);
    }

    [Fact]
    public async Task TaskForm_DeadlineTypedDayFirstOnATetDay_HintShowsTheMove_TaskIsDueTheNextWorkingDay()
    {
        var (holiday, due, name) = await TetAsync();
        var title = $"Tổng hợp báo cáo đầu năm {Guid.NewGuid():N}"[..38];
        var page = await fixture.SignedInPageAsync("chutich", land: false);
        await page.GotoAsync("/Tasks/Create");
        await page.GetByLabel("Tên nhiệm vụ").FillAsync(title);

        // The lead picker finds "Sở Nội vụ" by part of its name; the Government's office is not offered at all.
        await SearchAsync(page, "Input_LeadUnitId", "Văn phòng Chính phủ");
        await Expect(page.Locator("#Input_LeadUnitId-ts-dropdown .no-results")).ToHaveTextAsync("Không tìm thấy.");
        await PickAsync(page, "Input_LeadUnitId", "nội vụ", SoNoiVu);
        await Expect(page.Locator("#Input_LeadUnitId")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));

        // Two coordinators by search; both stay visible as chips, and one is removed with its ×.
        await PickAsync(page, "Input_CoordinatingUnitIds", "tư pháp", SoTuPhap);
        await PickAsync(page, "Input_CoordinatingUnitIds", "công thương", SoCongThuong);
        var chips = page.Locator("#Input_CoordinatingUnitIds-ts-control").Locator("xpath=..").Locator(".item");
        await Expect(chips).ToHaveCountAsync(2);
        await Expect(chips.Nth(0)).ToContainTextAsync(SoTuPhap);
        await Expect(chips.Nth(1)).ToContainTextAsync(SoCongThuong);
        await chips.Nth(1).Locator(".remove").ClickAsync();
        await Expect(chips).ToHaveCountAsync(1);
        await CloseListAsync(page, "Input_CoordinatingUnitIds");

        // The date is typed day first; the hint says before saving that it is a holiday and where the deadline goes.
        await page.Locator("#Input_DueDate").FillAsync(Vn(holiday));
        await Expect(page.GetByTestId("due-hint")).ToHaveTextAsync(
            $"Ngày {Vn(holiday)} là ngày nghỉ lễ, Tết ({name}), ngày nghỉ; hạn sẽ là {Vn(due)} (ngày làm việc tiếp theo, Điều 148 Bộ luật Dân sự 2015).");
        await BrowserFixture.ScreenshotAsync(page, "90-giao-nhiem-vu-han-ngay-tet");

        // The calendar opens in Vietnamese on the typed month.
        await page.Locator("#Input_DueDate").ClickAsync();
        var calendar = page.Locator(".flatpickr-calendar.open");
        await Expect(calendar).ToBeVisibleAsync();
        await Expect(calendar.Locator(".flatpickr-weekdaycontainer")).ToContainTextAsync("T2");
        await Expect(calendar.Locator(".flatpickr-weekdaycontainer")).ToContainTextAsync("CN");
        await Expect(calendar.Locator(".flatpickr-day.selected")).ToHaveTextAsync(holiday.Day.ToString(CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "91-lich-chon-ngay-tieng-viet");
        await page.Keyboard.PressAsync("Escape");

        await page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Tasks/Details/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Ngày {Vn(holiday)} là ngày nghỉ nên hạn là {Vn(due)}.");
        await Expect(page.GetByTestId("task-due-date")).ToContainTextAsync(Vn(due));
        await BrowserFixture.ScreenshotAsync(page, "92-nhiem-vu-han-sau-tet");
    }

    [Fact]
    public async Task TaskForm_OnAPhone_PickersAndDateFitTheScreen()
    {
        var (holiday, due, _) = await TetAsync();
        var page = await fixture.SignedInPageAsync("chutich", 375, 740, land: false);
        await page.GotoAsync("/Tasks/Create");
        await PickAsync(page, "Input_LeadUnitId", "nội vụ", SoNoiVu);
        await PickAsync(page, "Input_CoordinatingUnitIds", "tư pháp", SoTuPhap);
        await CloseListAsync(page, "Input_CoordinatingUnitIds");
        await page.Locator("#Input_DueDate").FillAsync(Vn(holiday));
        await Expect(page.GetByTestId("due-hint")).ToContainTextAsync($"hạn sẽ là {Vn(due)}");
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(1);
        await BrowserFixture.ScreenshotAsync(page, "93-dien-thoai-giao-nhiem-vu-han");
        await page.Locator("#Input_DueDate").ClickAsync();
        await Expect(page.Locator(".flatpickr-calendar.open")).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(1);
        await BrowserFixture.ScreenshotAsync(page, "94-dien-thoai-lich-chon-ngay");
    }

    [Fact]
    public async Task ConsultationForm_OwnUnitByDefault_RelatedTaskBySearch_FileInputInVietnamese()
    {
        var word = "Đề án" + Guid.NewGuid().ToString("N")[..6];
        var taskTitle = $"{word} sắp xếp đơn vị sự nghiệp công lập";
        using (var chutich = await ApiAsync("chutich"))
        {
            using var units = await ApiAsync("admin");
            var snv = (await units.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().Single(u => u.GetProperty("name").GetString() == SoNoiVu).GetProperty("id").GetGuid();
            (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = taskTitle, leadUnitId = snv, workingDays = 15 }, Ct)).EnsureSuccessStatusCode();
        }

        foreach (var (width, shot) in new[] { (1280, "95-lay-y-kien-tim-nhiem-vu"), (375, "96-dien-thoai-lay-y-kien") })
        {
            var page = await fixture.SignedInPageAsync("giamdoc.snv", width, 900, land: false);
            await page.GotoAsync("/Consultations/Create");
            await Expect(page.Locator("#Input_RequesterUnitId option:checked")).ToHaveTextAsync(SoNoiVu);

            // The related task is found by words of its title, never typed as an id.
            await SearchAsync(page, "Input_TaskId", word[..8].ToLowerInvariant());
            var option = page.Locator("#Input_TaskId-ts-dropdown .option", new() { HasText = taskTitle });
            await Expect(option).ToHaveCountAsync(1);
            await option.ClickAsync();
            await Expect(page.Locator("#Input_TaskId")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));

            // The file input says what to do in Vietnamese.
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chọn các tệp…" })).ToBeVisibleAsync();
            await Expect(page.Locator(".kc-file-name")).ToHaveTextAsync("Chưa chọn tệp");
            await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "du-thao-de-an.txt", MimeType = "text/plain", Buffer = "Dự thảo"u8.ToArray() });
            await Expect(page.Locator(".kc-file-name")).ToHaveTextAsync("du-thao-de-an.txt");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(1);
            await BrowserFixture.ScreenshotAsync(page, shot);

            if (width > 1000)
            {
                await page.GetByLabel("Trích yếu").FillAsync($"Lấy ý kiến {word}");
                await page.GetByLabel("Nội dung đề xuất").FillAsync("Đề nghị các sở góp ý dự thảo đề án sắp xếp đơn vị sự nghiệp công lập.");
                await PickAsync(page, "Input_ConsultedUnitIds", "tư pháp", SoTuPhap);
                await CloseListAsync(page, "Input_ConsultedUnitIds");
                await page.GetByLabel("Hoặc số ngày làm việc").FillAsync("5");
                await page.GetByTestId("submit-consultation").ClickAsync();
                await Expect(page.GetByTestId("message")).ToContainTextAsync("Đã gửi đề nghị lấy ý kiến.");
                await page.GetByRole(AriaRole.Link, new() { Name = "Xem nhiệm vụ" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = taskTitle })).ToBeVisibleAsync();
            }

        }
    }
}
