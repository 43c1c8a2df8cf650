using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Late reports chased and reporting units by kind in Chromium (docs/domain.md "Reports: late reports chased, units by kind"): the demo's
/// one-off report of Sở Nội vụ's divisions, which one division left late, shows on the tracking page how often it was chased; the regime
/// form offers the kinds of unit. Screenshots at 1280 and 375 px.
/// </summary>
[Collection("browser")]
public sealed class LateReportPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Director_SeesTheLateDivisionChased_AndChoosesReportingUnitsByKind()
    {
        using var api = await fixture.ApiAsync("giamdoc.snv");
        var regime = (await api.GetFromJsonAsync<JsonElement>("/api/v1/report-regimes?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("name").GetString()!.StartsWith("Báo cáo đột xuất tình hình xử lý nhiệm vụ quá hạn", StringComparison.Ordinal));
        var id = regime.GetProperty("id").GetGuid();

        // The demo's past: the report covers the month holding its first simulated day (the fixture's clock stands on 3 Feb 2026).
        var period = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{id}/periods/2026-01", Ct));
        period.GetProperty("units").EnumerateArray().ShouldContain(u => u.GetProperty("reminders").GetInt32() > 0);

        var director = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await director.GotoAsync($"/Reports/Period/{id}/2026-01");
        await Expect(director.GetByTestId("tracking")).ToContainTextAsync("Chậm gửi");
        await Expect(director.GetByTestId("tracking")).ToContainTextAsync("Đã nhắc");
        await BrowserFixture.ScreenshotAsync(director, "75-bao-cao-cham-gui-da-nhac");
        var phone = await fixture.SignedInPageAsync("giamdoc.snv", 375, 800, land: false);
        await phone.GotoAsync($"/Reports/Period/{id}/2026-01");
        await Expect(phone.GetByTestId("tracking")).ToContainTextAsync("Đã nhắc");
        await BrowserFixture.ScreenshotAsync(phone, "75-bao-cao-cham-gui-da-nhac-375");

        await director.GotoAsync("/Reports/Create");
        var kinds = director.GetByTestId("reporting-kinds");
        await Expect(kinds).ToContainTextAsync("Phòng");
        await kinds.GetByLabel("Phòng", new() { Exact = true }).CheckAsync();
        await BrowserFixture.ScreenshotAsync(director, "76-che-do-bao-cao-theo-loai-don-vi");
        await phone.GotoAsync("/Reports/Create");
        await BrowserFixture.ScreenshotAsync(phone, "76-che-do-bao-cao-theo-loai-don-vi-375");
    }
}
