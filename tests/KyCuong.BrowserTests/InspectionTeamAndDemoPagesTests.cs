using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The head of a check's team chosen among its members only (docs/domain.md "Checks of official duties: papers, dashboard and people"),
/// and the demo's checks as the Chairman finds them (README "A lived-in past"): the yearly plan, the concluded planned check with its
/// remedies as tasks, the surprise check in progress and the year's dashboard — at 1280 and 375 px.
/// </summary>
[Collection("browser")]
public sealed class InspectionTeamAndDemoPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> UserIdAsync(string userName)
    {
        using var api = await fixture.ApiAsync(userName);
        return (await api.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> LeaderChoicesAsync(IPage page) =>
        (await page.GetByTestId("team-leader").Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).Where(v => v.Length > 0).ToList();

    [Fact]
    public async Task TeamLeader_OfferedOnlyAmongTheChosenMembers_AndAnyoneElseRefused()
    {
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");
        var outsider = await UserIdAsync("vanthu");
        foreach (var (width, shot) in new[] { (1280, "k7-kiem-tra-truong-doan-trong-doan"), (375, "k8-kiem-tra-truong-doan-dien-thoai") })
        {
            var page = await fixture.SignedInPageAsync("chutich", width, 900, land: false);
            await page.GotoAsync("/Inspections/Create");

            // No member yet: nothing to choose from, and the page says why.
            (await LeaderChoicesAsync(page)).ShouldBeEmpty();
            await Expect(page.GetByTestId("team-leader")).ToBeDisabledAsync();
            await Expect(page.Locator("#leader-empty")).ToBeVisibleAsync();

            // Two members: exactly those two; the head chosen, then taken off the team, falls back to the first member.
            await page.Locator("#Input_TeamUserIds").SelectOptionAsync(new[] { new SelectOptionValue { Value = thanhtra }, new SelectOptionValue { Value = chuyenvien } });
            (await LeaderChoicesAsync(page)).ShouldBe([thanhtra, chuyenvien], ignoreOrder: true);
            await Expect(page.Locator("#leader-empty")).ToBeHiddenAsync();
            await page.GetByTestId("team-leader").SelectOptionAsync(new SelectOptionValue { Value = chuyenvien });
            await BrowserFixture.ScreenshotAsync(page, shot);
            await page.Locator("#Input_TeamUserIds").SelectOptionAsync(new SelectOptionValue { Value = thanhtra });
            (await LeaderChoicesAsync(page)).ShouldBe([thanhtra]);
            (await page.GetByTestId("team-leader").InputValueAsync()).ShouldBe("");
        }

        // A form forged to name someone outside the team: refused with the rule's message, nothing decided.
        var forged = await fixture.SignedInPageAsync("chutich", land: false);
        await forged.GotoAsync("/Inspections/Create");
        await forged.Locator("#Input_Title").FillAsync("Kiểm tra công vụ (trưởng đoàn ngoài đoàn)");
        await forged.Locator("#Input_CheckedUnitIds").SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp tỉnh An Giang" });
        await forged.Locator("#Input_TeamUserIds").SelectOptionAsync(new SelectOptionValue { Value = thanhtra });
        await forged.Locator("#Input_PlannedStart").FillAsync("2026-02-10");
        await forged.EvaluateAsync("id => { const s = document.querySelector('[data-testid=team-leader]'); s.add(new Option('x', id, true, true)); }", outsider);
        await forged.GetByTestId("submit-inspection").ClickAsync();
        await Expect(forged.GetByTestId("form-errors")).ToContainTextAsync("Trưởng đoàn phải là một trong các thành viên đoàn kiểm tra đã chọn");
        (await LeaderChoicesAsync(forged)).ShouldBe([thanhtra]);
        await BrowserFixture.ScreenshotAsync(forged, "k9-kiem-tra-truong-doan-bi-tu-choi");
    }

    [Fact]
    public async Task Demo_ThePlanAConcludedCheckAndASurpriseInProgress_AsTheChairmanFindsThem()
    {
        const string title = "Kế hoạch kiểm tra công vụ năm 2026 của Ủy ban nhân dân tỉnh An Giang";
        Guid planId, province;
        using (var api = await fixture.ApiAsync("chutich"))
        {
            var plan = (await api.GetFromJsonAsync<JsonElement>("/api/v1/inspection-plans?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
                .Single(p => p.GetProperty("title").GetString() == title);
            planId = plan.GetProperty("id").GetGuid();
            province = plan.GetProperty("bodyUnitId").GetGuid();
        }

        foreach (var (width, suffix) in new[] { (1280, ""), (375, "-dien-thoai") })
        {
            var page = await fixture.SignedInPageAsync("chutich", width, 900, land: false);
            await page.GotoAsync("/Inspections/Plans");
            await Expect(page.GetByTestId("plan-list")).ToContainTextAsync(title);
            await page.GotoAsync($"/Inspections/Plan/{planId}");
            await Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("Đã phê duyệt");
            await Expect(page.GetByTestId("plan-lines")).ToContainTextAsync("Sở Xây dựng tỉnh An Giang");
            await Expect(page.GetByTestId("plan-lines")).ToContainTextAsync("Sở Y tế tỉnh An Giang");
            await BrowserFixture.ScreenshotAsync(page, $"k10-demo-ke-hoach-nam{suffix}");

            // The planned check: concluded, its remedies open as tasks of Sở Xây dựng.
            await page.GetByTestId("plan-lines").GetByRole(AriaRole.Link, new() { Name = "Xem cuộc kiểm tra" }).First.ClickAsync();
            await Expect(page.GetByTestId("inspection-status")).ToHaveTextAsync("Đã kết luận, đang khắc phục");
            await Expect(page.GetByTestId("findings")).ToContainTextAsync("sổ theo dõi ra vào không được ghi");
            await BrowserFixture.ScreenshotAsync(page, $"k11-demo-kiem-tra-da-ket-luan{suffix}");

            // The surprise check (the plan's second line): the team is at work.
            await page.GotoAsync($"/Inspections/Plan/{planId}");
            await page.GetByTestId("plan-lines").GetByRole(AriaRole.Link, new() { Name = "Xem cuộc kiểm tra" }).Nth(1).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Sở Y tế tỉnh An Giang");
            await Expect(page.GetByTestId("inspection-status")).ToHaveTextAsync("Đã lập biên bản");
            await BrowserFixture.ScreenshotAsync(page, $"k12-demo-kiem-tra-dot-xuat{suffix}");

            // The year's dashboard shows what the API counts (other walks in this host may add plans of their own).
            JsonElement figures;
            using (var api = await fixture.ApiAsync("chutich"))
            {
                figures = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/dashboard?bodyId={province}&year=2026", Ct)).GetProperty("plan");
            }

            figures.GetProperty("done").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
            await page.GotoAsync($"/Inspections/Dashboard?BodyId={province}&Year=2026");
            await Expect(page.GetByTestId("plan-done")).ToHaveTextAsync($"{figures.GetProperty("done").GetInt32()}/{figures.GetProperty("lines").GetInt32()}");
            await Expect(page.GetByTestId("plan-overdue")).ToContainTextAsync($"{figures.GetProperty("overdue").GetInt32()} cuộc");
            await BrowserFixture.ScreenshotAsync(page, $"k13-demo-tong-hop{suffix}");
        }
    }
}
