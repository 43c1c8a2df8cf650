using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// A finding about a person in Chromium (docs/domain.md "Checks of official duties: findings about people"): the team's head records a
/// finding naming an official of the checked division; the official reads it on their own evaluation page, at 1280 and 375 px.
/// </summary>
[Collection("browser")]
public sealed class PersonFindingPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task FindingAboutPerson_RecordedByTheTeam_SeenOnTheEvaluationPage()
    {
        const string finding = "Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ 15.";
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var admin = await fixture.ApiAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        var stp = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Tư pháp tỉnh An Giang").GetProperty("id").GetGuid();
        var unitId = (await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/units", new { name = $"Phòng Hành chính tư pháp {suffix}", shortName = "HCTP", parentId = stp, kind = "division" }, Ct)))
            .GetProperty("id").GetGuid();
        var cvName = $"cv.hctp.{suffix}";
        var cvId = (await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = cvName, fullName = "Trần Thị Ngọc Hân", password = "KyCuong@2026", unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct))).GetProperty("id").GetGuid();
        using var inspector = await fixture.ApiAsync("thanhtra");
        var thanhtra = (await inspector.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
        using var director = await fixture.ApiAsync("giamdoc.stp");
        var id = (await CreatedAsync(await director.PostAsJsonAsync("/api/v1/inspections", new
        {
            title = "Kiểm tra đột xuất kỷ luật lao động tại Phòng Hành chính tư pháp", checkedUnitIds = new[] { unitId }, surprise = true, plannedStart = "2027-01-15",
            teamUserIds = new[] { thanhtra }, topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động" },
        }, Ct))).GetProperty("id").GetGuid();
        (await inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/start", new { }, Ct)).EnsureSuccessStatusCode();

        // The team's head names the official in the working record.
        var team = await fixture.SignedInPageAsync("thanhtra", land: false);
        await team.GotoAsync($"/Inspections/Details/{id}");
        var form = team.GetByTestId("finding-form");
        await form.GetByLabel("Cá nhân được nêu (nếu có)").SelectOptionAsync(new SelectOptionValue { Value = cvId.ToString() });
        await form.GetByLabel("Kết quả ghi nhận").FillAsync(finding);
        await BrowserFixture.ScreenshotAsync(team, "160-kiem-tra-ghi-nhan-ca-nhan");
        await team.GetByTestId("add-finding").ClickAsync();
        await Expect(team.GetByTestId("finding-person")).ToContainTextAsync("Trần Thị Ngọc Hân");
        await BrowserFixture.ScreenshotAsync(team, "161-kiem-tra-bien-ban-ca-nhan");

        // The official sees it on their evaluation page, on a desktop and on a phone.
        foreach (var (width, height, shot) in new[] { (1280, 900, "162-danh-gia-ket-qua-kiem-tra"), (375, 812, "163-danh-gia-ket-qua-kiem-tra-dien-thoai") })
        {
            var page = await fixture.SignedInPageAsync(cvName, width, height, land: false);
            await page.GotoAsync($"/Evaluation/{cvId}");
            await Expect(page.GetByTestId("inspection-findings")).ToContainTextAsync(finding);
            await Expect(page.GetByTestId("finding-review")).ToContainTextAsync("Chưa xem xét");
            await BrowserFixture.ScreenshotAsync(page, shot);
        }
    }
}
