using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Self-assessment and saved grades in Chromium (docs/domain.md "Evaluation: self-assessment and saved grades"): a quarter walked from
/// tasks to saved grades. Two specialists of a new division finish their tasks; one writes a self-assessment proposing "xuất sắc"; the
/// head tries "xuất sắc" and is refused by the cap before saving, saves "tốt", reads the minutes; the specialist reads the saved grade
/// and can no longer edit. Another body's manager gets 404. Screens at 1280 and 375 px.
/// </summary>
[Collection("browser-b")]
public sealed class EvaluationGradingPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ClockAsync(int m, int d, int h = 10)
    {
        using var admin = await fixture.ApiAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = new DateTimeOffset(2026, m, d, h, 0, 0, TimeSpan.FromHours(7)) }, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> SendAsync(string user, HttpMethod method, string url, object body)
    {
        using var client = await fixture.ApiAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Quarter_SelfAssessment_CapRefused_GradesSaved_Minutes()
    {
        Guid snv;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            snv = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Name == "Sở Nội vụ tỉnh An Giang").Select(u => u.Id).SingleAsync(Ct);
        }

        var s = Guid.NewGuid().ToString("N")[..6];
        var unitId = (await SendAsync("admin", HttpMethod.Post, "/api/v1/units", new { name = $"Phòng Công chức, viên chức {s}", shortName = "CCVC", parentId = snv, kind = "division" }))
            .GetProperty("id").GetGuid();
        var (tp, an, binh) = ($"tp.ccvc{s}", $"an.ccvc{s}", $"binh.ccvc{s}");
        foreach (var (user, name, position, role) in new[] { (tp, "Đặng Văn Khoa", "Trưởng phòng", "leader"), (an, "Nguyễn Thị An", "Chuyên viên", "specialist"), (binh, "Lê Văn Bình", "Chuyên viên", "specialist") })
        {
            await SendAsync("admin", HttpMethod.Post, "/api/v1/users", new { userName = user, fullName = name, password = "KyCuong@2026", unitId, position, roles = new[] { role } });
        }

        try
        {
            // Each specialist finishes one task on time, met: 70 task points. General points: An 25 (95, "xuất sắc"), Bình 15 (85, "tốt").
            foreach (var (user, general, title) in new[] { (an, 25, "Báo cáo biên chế công chức quý III"), (binh, 15, "Rà soát hồ sơ viên chức quý III") })
            {
                using var me = await fixture.ApiAsync(user);
                var userId = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
                await ClockAsync(8, 3);
                var t = (await SendAsync(tp, HttpMethod.Post, "/api/v1/tasks", new { title, leadUnitId = unitId, leadUserId = userId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-08-14" }))
                    .GetProperty("id").GetGuid();
                await ClockAsync(8, 10);
                await SendAsync(user, HttpMethod.Post, $"/api/v1/tasks/{t}/complete", new { result = "Đã hoàn thành." });
                await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{t}/review", new { quality = "met" });
                await SendAsync(tp, HttpMethod.Put, $"/api/v1/users/{userId}/evaluation/2026-Q3/general", new { points = general });
            }

            await ClockAsync(10, 2);

            // The specialist writes her self-assessment from the menu.
            var person = await fixture.SignedInPageAsync(an, 1280);
            await BrowserFixture.NavigateAsync(person, "Phối hợp, đôn đốc", "Tự đánh giá");
            await person.GetByLabel("Kỳ đánh giá").SelectOptionAsync("2026-Q3");
            await person.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
            await person.GetByLabel("Tự nhận xét kết quả thực hiện nhiệm vụ").FillAsync("Hoàn thành 1/1 nhiệm vụ trước hạn 4 ngày, đạt yêu cầu.");
            await person.GetByLabel("Tự nhận mức xếp loại").SelectOptionAsync("excellent");
            await person.GetByTestId("save-self").ClickAsync();
            await Expect(person.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu bản tự đánh giá.");
            await Expect(person.GetByTestId("saved-grade")).ToContainTextAsync("chưa lưu kết quả xếp loại");
            await BrowserFixture.ScreenshotAsync(person, "93-tu-danh-gia-desktop");

            // The head grades: "xuất sắc" for An with one "tốt" is refused before saving, with the numbers.
            var head = await fixture.SignedInPageAsync(tp, 1280, land: false);
            await head.GotoAsync($"/Evaluation/Grade/{unitId}?period=2026-Q3");
            var table = head.GetByTestId("grade-table");
            await Expect(table.Locator("tr", new() { HasText = "Nguyễn Thị An" })).ToContainTextAsync("95");
            await Expect(table.Locator("tr", new() { HasText = "Nguyễn Thị An" })).ToContainTextAsync("Hoàn thành xuất sắc");
            await Expect(table.Locator("tr", new() { HasText = "Đặng Văn Khoa" })).ToContainTextAsync("Do cấp trên xếp loại");
            await head.GetByLabel("Xếp loại của Nguyễn Thị An").SelectOptionAsync("excellent");
            await head.GetByLabel("Xếp loại của Lê Văn Bình").SelectOptionAsync("good");
            await head.GetByTestId("save-grades").ClickAsync();
            await Expect(head.GetByTestId("form-errors")).ToContainTextAsync("đề xuất 1 người, chỉ được tối đa 0");
            await Expect(head.GetByTestId("versions")).Not.ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(head, "94-xep-loai-vuot-ty-le-desktop");

            await head.GetByLabel("Xếp loại của Nguyễn Thị An").SelectOptionAsync("good");
            await head.GetByLabel("Ghi chú biên bản (cuộc họp xét, thành phần…)").FillAsync("Họp xét ngày 02/10/2026, đủ thành viên.");
            await head.GetByTestId("save-grades").ClickAsync();
            await Expect(head.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu kết quả xếp loại và biên bản.");
            await Expect(head.GetByTestId("version")).ToHaveTextAsync("1");
            var minutes = head.GetByTestId("minutes-table");
            await Expect(minutes.Locator("tr", new() { HasText = "Nguyễn Thị An" })).ToContainTextAsync("95");
            await Expect(minutes.Locator("tr", new() { HasText = "Nguyễn Thị An" })).ToContainTextAsync("Hoàn thành tốt");
            await Expect(head.GetByTestId("minutes-counts")).ToContainTextAsync("Tốt: 2");
            await BrowserFixture.ScreenshotAsync(head, "95-bien-ban-xep-loai-desktop");
            var minutesUrl = new Uri(head.Url).AbsolutePath;

            // The specialist now reads the saved grade; her self-assessment is closed.
            await person.ReloadAsync();
            await Expect(person.GetByTestId("saved-grade")).ToContainTextAsync("Hoàn thành tốt nhiệm vụ");
            await Expect(person.GetByTestId("self-read")).ToContainTextAsync("đã khóa");
            await Expect(person.GetByTestId("self-form")).Not.ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(person, "96-ket-qua-da-luu-desktop");

            // The same pages at phone width (the refusal again changes nothing).
            var phone = await fixture.SignedInPageAsync(tp, 375, land: false);
            await phone.GotoAsync($"/Evaluation/Grade/{unitId}?period=2026-Q3");
            await phone.GetByLabel("Xếp loại của Nguyễn Thị An").SelectOptionAsync("excellent");
            await phone.GetByTestId("save-grades").ClickAsync();
            await Expect(phone.GetByTestId("form-errors")).ToContainTextAsync("tối đa 0");
            await Expect(phone.GetByTestId("versions")).ToContainTextAsync("Phiên bản 1");
            await BrowserFixture.ScreenshotAsync(phone, "94-xep-loai-vuot-ty-le-phone");
            await phone.GotoAsync(minutesUrl);
            await Expect(phone.GetByTestId("minutes-table")).ToContainTextAsync("Lê Văn Bình");
            await BrowserFixture.ScreenshotAsync(phone, "95-bien-ban-xep-loai-phone");
            var phonePerson = await fixture.SignedInPageAsync(an, 375, land: false);
            await phonePerson.GotoAsync("/Evaluation/Self?period=2026-Q3");
            await Expect(phonePerson.GetByTestId("saved-grade")).ToContainTextAsync("Hoàn thành tốt nhiệm vụ");
            await BrowserFixture.ScreenshotAsync(phonePerson, "96-ket-qua-da-luu-phone");

            // Another body's manager does not learn that the unit's grading exists.
            var outsider = await fixture.SignedInPageAsync("giamdoc.sct");
            (await outsider.GotoAsync(minutesUrl))!.Status.ShouldBe(404);
            (await outsider.GotoAsync($"/Evaluation/Grade/{unitId}?period=2026-Q3"))!.Status.ShouldBe(404);
        }
        finally
        {
            await ClockAsync(2, 3, 9);
        }
    }

    [Fact]
    public async Task Specialist_OpensUnitGrading_IsToldOnlyManagersGrade()
    {
        var page = await fixture.SignedInPageAsync("chuyenvien");
        (await page.GotoAsync("/Evaluation/Grade"))!.Status.ShouldBe(200);
        await Expect(page.GetByTestId("no-unit-to-grade")).ToContainTextAsync("Chỉ cấp quản lý đơn vị xếp loại");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
