using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// A unit's completion of its yearly targets in Chromium (docs/domain.md "Evaluation: patterns and candidates", Quy định 377-QĐ/TW): the
/// leader of the superior unit (giamdoc.snv) opens the candidates of a fresh division of Sở Nội vụ, types 150 (refused in Vietnamese,
/// the form kept open with what was typed), then 69,5 with the source document; the figure is listed and the division's head is put
/// forward for review with it. The division's own head reads the figure but has no form. At 1280 and 375 px.
/// </summary>
[Collection("browser-b")]
public sealed class UnitTargetPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid UnitId, string Head, string HeadName)> NewDivisionAsync()
    {
        using var admin = await fixture.ApiAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        var snv = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Nội vụ tỉnh An Giang").GetProperty("id").GetGuid();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var unit = await admin.PostAsJsonAsync("/api/v1/units", new { name = $"Phòng Công chức thử {suffix}", shortName = "PCC", parentId = snv, kind = "division" }, Ct);
        var unitText = await unit.Content.ReadAsStringAsync(Ct);
        unit.IsSuccessStatusCode.ShouldBeTrue(unitText);
        var unitId = JsonDocument.Parse(unitText).RootElement.GetProperty("id").GetGuid();
        var headName = $"Nguyễn Văn Trưởng {suffix}";
        var user = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"tp.cc.{suffix}", fullName = headName, password = "KyCuong@2026", unitId, position = "Trưởng phòng", roles = new[] { "leader" },
        }, Ct);
        var userText = await user.Content.ReadAsStringAsync(Ct);
        user.IsSuccessStatusCode.ShouldBeTrue(userText);
        return (unitId, $"tp.cc.{suffix}", headName);
    }

    [Fact]
    public async Task SuperiorsLeader_RecordsTheFigure_ABadValueIsRefusedInVietnamese_TheHeadIsPutForwardForReview()
    {
        foreach (var (width, tag) in new[] { (1280, "desktop"), (375, "phone") })
        {
            var (unitId, head, headName) = await NewDivisionAsync();

            var leader = await fixture.SignedInPageAsync("giamdoc.snv", width, land: false);
            await leader.GotoAsync($"/Evaluation/Candidates/{unitId}?year=2026");
            await Expect(leader.GetByTestId("unit-target")).ToContainTextAsync("Chưa ghi nhận kết quả thực hiện chỉ tiêu, nhiệm vụ năm 2026");
            await leader.GetByText("Ghi nhận kết quả thực hiện chỉ tiêu năm 2026 của đơn vị").ClickAsync();

            // Over 100 %: refused by the server with the rule in Vietnamese; the form stays open with what was typed.
            await leader.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("150");
            await leader.GetByLabel("Số, ký hiệu văn bản làm căn cứ").FillAsync("215/BC-SNV");
            await leader.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận", Exact = true }).ClickAsync();
            await Expect(leader.GetByTestId("unit-target-errors")).ToContainTextAsync("Tỷ lệ hoàn thành chỉ tiêu là số từ 0 đến 100");
            await Expect(leader.GetByTestId("form-errors")).ToHaveCountAsync(0);
            await Expect(leader.GetByLabel("Tỷ lệ hoàn thành (%)")).ToHaveValueAsync("150");
            await Expect(leader.GetByLabel("Số, ký hiệu văn bản làm căn cứ")).ToHaveValueAsync("215/BC-SNV");
            await Expect(leader.GetByTestId("unit-target")).ToContainTextAsync("Chưa ghi nhận");
            await BrowserFixture.ScreenshotAsync(leader, $"176-chi-tieu-don-vi-loi-{tag}");

            // 69,5 typed the Vietnamese way: recorded, listed with its source, and the head is put forward for review with it.
            await leader.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("69,5");
            await leader.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận", Exact = true }).ClickAsync();
            await Expect(leader.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã ghi nhận kết quả thực hiện chỉ tiêu năm của đơn vị.");
            await Expect(leader.GetByTestId("unit-target")).ToContainTextAsync("69,5 %");
            await Expect(leader.GetByTestId("unit-target")).ToContainTextAsync("215/BC-SNV");
            await Expect(leader.GetByTestId("review")).ToContainTextAsync(headName);
            await Expect(leader.GetByTestId("review")).ToContainTextAsync("Người đứng đầu đơn vị hoàn thành 69,5 % chỉ tiêu, nhiệm vụ năm 2026");
            await Expect(leader.GetByTestId("unit-target-details")).Not.ToHaveAttributeAsync("open", "open");
            await BrowserFixture.ScreenshotAsync(leader, $"177-chi-tieu-don-vi-{tag}");

            // A correction: the form opens with the figure recorded, 70 takes the head off the list.
            await leader.GetByText("Sửa kết quả thực hiện chỉ tiêu năm 2026 của đơn vị").ClickAsync();
            await Expect(leader.GetByLabel("Tỷ lệ hoàn thành (%)")).ToHaveValueAsync("69,5");
            await leader.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("70");
            await leader.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận", Exact = true }).ClickAsync();
            await Expect(leader.GetByTestId("unit-target")).ToContainTextAsync("70 %");
            await Expect(leader.GetByTestId("review")).Not.ToContainTextAsync(headName);

            // The division's head reads the figure about their own unit but records nothing.
            var own = await fixture.SignedInPageAsync(head, width, land: false);
            await own.GotoAsync($"/Evaluation/Candidates/{unitId}?year=2026");
            await Expect(own.GetByTestId("unit-target")).ToContainTextAsync("70 %");
            await Expect(own.GetByTestId("unit-target-form")).ToHaveCountAsync(0);
        }
    }
}
