using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The staff records of viên chức in Chromium (docs/domain.md "Evaluation: viên chức", Nghị định 233/2026/NĐ-CP): the personnel office
/// (theodoi) opens "Công chức, viên chức" from the Tổ chức menu, picks a fresh division, records a specialist as viên chức with the day
/// they started (a leaving day before it is refused in Vietnamese); the division's superior reads the list without edit buttons; a
/// specialist of another division gets 404 for the unit. At 1280 and 375 px.
/// </summary>
[Collection("browser-b")]
public sealed class StaffRecordPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid UnitId, string UnitName, Guid UserId, string FullName)> NewDivisionAsync()
    {
        using var admin = await fixture.ApiAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        var snv = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Nội vụ tỉnh An Giang").GetProperty("id").GetGuid();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Phòng Tuyển dụng thử {suffix}";
        var unit = await admin.PostAsJsonAsync("/api/v1/units", new { name, shortName = "PTD", parentId = snv, kind = "division" }, Ct);
        var unitText = await unit.Content.ReadAsStringAsync(Ct);
        unit.IsSuccessStatusCode.ShouldBeTrue(unitText);
        var unitId = JsonDocument.Parse(unitText).RootElement.GetProperty("id").GetGuid();
        var fullName = $"Trần Thị Viên {suffix}";
        var user = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"vc.{suffix}", fullName, password = "KyCuong@2026", unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct);
        var userText = await user.Content.ReadAsStringAsync(Ct);
        user.IsSuccessStatusCode.ShouldBeTrue(userText);
        return (unitId, name, JsonDocument.Parse(userText).RootElement.GetProperty("id").GetGuid(), fullName);
    }

    [Fact]
    public async Task PersonnelOffice_RecordsAVienChuc_TheSuperiorReads_OthersSeeNothing()
    {
        foreach (var (width, tag) in new[] { (1280, "desktop"), (375, "phone") })
        {
            var (unitId, unitName, userId, fullName) = await NewDivisionAsync();

            var office = await fixture.SignedInPageAsync("theodoi", width);
            await BrowserFixture.NavigateAsync(office, "Tổ chức", "Công chức, viên chức");
            await Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hồ sơ công chức, viên chức");
            await office.GetByLabel("Đơn vị").SelectOptionAsync(new SelectOptionValue { Label = unitName });
            await office.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
            var row = office.GetByTestId($"row-{userId}");
            await Expect(row).ToContainTextAsync(fullName);
            await Expect(row.GetByTestId("category")).ToHaveTextAsync("Công chức");
            await Expect(row).ToContainTextAsync("Theo loại đơn vị");

            await row.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();
            await Expect(office.GetByTestId("edit-form")).ToContainTextAsync(fullName);
            await office.GetByLabel("Loại cán bộ").SelectOptionAsync("publicEmployee");
            await office.GetByLabel("Ngày bắt đầu công tác tại cơ quan").FillAsync("2026-08-01");
            await office.GetByLabel("Ngày thôi công tác (nếu có)").FillAsync("2026-07-01");
            await office.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(office.GetByTestId("form-errors")).ToContainTextAsync("Ngày thôi việc không trước ngày bắt đầu");
            await BrowserFixture.ScreenshotAsync(office, $"174-ho-so-vien-chuc-loi-{tag}");

            await office.GetByLabel("Ngày thôi công tác (nếu có)").FillAsync("");
            await office.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(office.GetByRole(AriaRole.Status).First).ToContainTextAsync($"Đã lưu loại cán bộ và thời gian công tác của {fullName}.");
            row = office.GetByTestId($"row-{userId}");
            await Expect(row.GetByTestId("category")).ToHaveTextAsync("Viên chức");
            await Expect(row).ToContainTextAsync("01/08/2026");
            await Expect(row).ToContainTextAsync("Đã ghi nhận");
            await Expect(office.GetByTestId("edit-form")).ToHaveCountAsync(0);
            await BrowserFixture.ScreenshotAsync(office, $"175-ho-so-vien-chuc-{tag}");

            // The superior (a manager of the division) reads the same list but records nothing.
            var superior = await fixture.SignedInPageAsync("giamdoc.snv", width, land: false);
            await superior.GotoAsync($"/Evaluation/StaffRecords/{unitId}");
            await Expect(superior.GetByTestId($"row-{userId}").GetByTestId("category")).ToHaveTextAsync("Viên chức");
            await Expect(superior.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true })).ToHaveCountAsync(0);

            // A specialist elsewhere: the unit is not found, and the page from the menu explains itself.
            var stranger = await fixture.SignedInPageAsync("chuyenvien", width, land: false);
            var response = await stranger.GotoAsync($"/Evaluation/StaffRecords/{unitId}");
            response!.Status.ShouldBe(404);
            await stranger.GotoAsync("/Evaluation/StaffRecords");
            await Expect(stranger.GetByTestId("no-unit")).ToBeVisibleAsync();
        }
    }
}
