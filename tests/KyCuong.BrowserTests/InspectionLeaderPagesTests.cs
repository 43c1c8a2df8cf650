using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The team's head in Chromium (docs/domain.md "Checks of official duties: papers, dashboard and people"): the chairman decides a check
/// naming its head, the head records a finding naming an official and sees the people ranking (another member does not), the
/// conclusion is downloaded as DOCX, and the dashboard shows the body's year — at 1280 and 375 px, each page checked with axe.
/// </summary>
[Collection("browser-b")]
public sealed class InspectionLeaderPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var api = await fixture.ApiAsync(userName);
        return (await api.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task TeamLeader_NamedOnTheDecision_SeesPeopleRanking_DownloadsConclusion_Dashboard()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var admin = await fixture.ApiAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        var stp = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Tư pháp tỉnh An Giang").GetProperty("id").GetGuid();
        var unitName = $"Phòng Bổ trợ tư pháp {suffix}";
        var unitId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/units", new { name = unitName, shortName = "BTTP", parentId = stp, kind = "division" }, Ct)))
            .GetProperty("id").GetGuid();
        var cvId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"cv.bttp.{suffix}", fullName = "Lê Thị Thu Trang", password = "KyCuong@2026", unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct))).GetProperty("id").GetGuid();
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");

        // The chairman decides the check with two members and names the second the head.
        var chairman = await fixture.SignedInPageAsync("chutich", land: false);
        await chairman.GotoAsync("/Inspections/Create");
        await chairman.Locator("#Input_Title").FillAsync($"Kiểm tra công vụ tại {unitName}");
        await chairman.Locator("#Input_CheckedUnitIds").SelectOptionAsync(new SelectOptionValue { Label = unitName });
        await chairman.Locator("#Input_TeamUserIds").SelectOptionAsync(new[] { new SelectOptionValue { Value = thanhtra.ToString() }, new SelectOptionValue { Value = chuyenvien.ToString() } });
        await chairman.GetByLabel("Trưởng đoàn").SelectOptionAsync(new SelectOptionValue { Value = chuyenvien.ToString() });
        await chairman.Locator("#Input_PlannedStart").FillAsync("2026-02-10");
        await BrowserFixture.ScreenshotAsync(chairman, "k1-kiem-tra-chon-truong-doan");
        await chairman.GetByTestId("submit-inspection").ClickAsync();
        await Expect(chairman.GetByTestId("inspection-status")).ToHaveTextAsync("Đã quyết định, chưa tiến hành");
        var url = new Uri(chairman.Url).AbsolutePath;
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        await Expect(chairman.Locator("dd", new() { HasText = "(trưởng đoàn)" })).ToBeVisibleAsync();
        (await JsonAsync(await admin.GetAsync($"/api/v1/inspections/{id}", Ct))).GetProperty("teamLeaderUserId").GetGuid().ShouldBe(chuyenvien);

        // The head arrives, records a finding naming the official, and sees the people ranking on a desktop and a phone.
        var head = await fixture.SignedInPageAsync("chuyenvien", land: false);
        await head.GotoAsync(url);
        await head.GetByTestId("start-inspection").ClickAsync();
        var form = head.GetByTestId("finding-form");
        await form.GetByLabel("Cá nhân được nêu (nếu có)").SelectOptionAsync(new SelectOptionValue { Value = cvId.ToString() });
        await form.GetByLabel("Kết quả ghi nhận").FillAsync("Công chức không đeo thẻ công chức trong giờ làm việc.");
        await head.GetByTestId("add-finding").ClickAsync();
        await Expect(head.GetByTestId("finding-person")).ToContainTextAsync("Lê Thị Thu Trang");
        await Expect(head.GetByTestId("people-risk")).ToContainTextAsync("Lê Thị Thu Trang");
        await BrowserFixture.ScreenshotAsync(head, "k2-kiem-tra-xep-hang-ca-nhan");
        var phone = await fixture.SignedInPageAsync("chuyenvien", 375, 812, land: false);
        await phone.GotoAsync(url);
        await Expect(phone.GetByTestId("people-risk-row").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, "k3-kiem-tra-xep-hang-ca-nhan-dien-thoai");

        // Another member of the team does not see the ranking.
        var member = await fixture.SignedInPageAsync("thanhtra", land: false);
        await member.GotoAsync(url);
        await Expect(member.GetByTestId("findings")).ToBeVisibleAsync();
        await Expect(member.GetByTestId("people-risk")).ToHaveCountAsync(0);

        // The chairman concludes with a remedy and downloads the conclusion.
        using (var chair = await fixture.ApiAsync("chutich"))
        {
            await JsonAsync(await chair.PostAsJsonAsync($"/api/v1/inspections/{id}/conclusion", new
            {
                text = "Phòng chấn chỉnh việc đeo thẻ công chức.", remedies = new[] { new { unitId, text = "Quán triệt việc đeo thẻ công chức", workingDays = 15 } },
            }, Ct));
        }

        await chairman.GotoAsync(url);
        var docx = await chairman.RunAndWaitForDownloadAsync(() => chairman.GetByTestId("paper-conclusion-docx").ClickAsync());
        docx.SuggestedFilename.ShouldEndWith(".docx");
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await docx.PathAsync(), false))
        {
            var texts = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            texts.ShouldContain("KẾT LUẬN KIỂM TRA");
            texts.ShouldContain(t => t.StartsWith($"1. {unitName}: Quán triệt việc đeo thẻ công chức; hoàn thành trước ngày ", StringComparison.Ordinal));
        }

        await BrowserFixture.ScreenshotAsync(chairman, "k4-kiem-tra-van-ban");

        // The dashboard of Sở Tư pháp for the year, from the menu, on a desktop and a phone.
        await BrowserFixture.NavigateAsync(chairman, "Phối hợp, đôn đốc", "Tổng hợp kiểm tra công vụ");
        foreach (var (page, shot) in new[] { (chairman, "k5-kiem-tra-tong-hop"), (await fixture.NewPageAsync(375, 812), "k6-kiem-tra-tong-hop-dien-thoai") })
        {
            if (page != chairman)
            {
                await BrowserFixture.SignInAsync(page, "chutich");
            }

            await page.GotoAsync($"/Inspections/Dashboard?BodyId={stp}&Year=2026");
            await Expect(page.GetByTestId("checks-total")).Not.ToHaveTextAsync("0");
            await Expect(page.GetByTestId("findings-by-topic")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, shot);
        }
    }
}
