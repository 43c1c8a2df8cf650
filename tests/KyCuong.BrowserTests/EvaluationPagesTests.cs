using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Evaluation pages in Chromium (docs/domain.md "Evaluation"): a quarter walked from tasks to grades. The head of Phòng Cải cách hành
/// chính assigns two tasks to a specialist, decides an extension late (those days are the head's) while the other task is completed
/// late (the specialist's delay); at the quarter's end the head opens the unit table, the specialist's page with every product
/// explained, scores the general criteria, and the task page shows who held the clock. At 1280 and 375 px.
/// </summary>
[Collection("browser-b")]
public sealed class EvaluationPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ClockAsync(int m, int d, int h = 10)
    {
        using var admin = await fixture.ApiAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = new DateTimeOffset(2026, m, d, h, 0, 0, TimeSpan.FromHours(7)) }, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> PostAsync(string user, string url, object body)
    {
        using var client = await fixture.ApiAsync(user);
        var response = await client.PostAsJsonAsync(url, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Quarter_FromTasksToGrades_UnitTable_PersonPage_TaskClock()
    {
        Guid cchc, cvId;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            cchc = await db.Units.Where(u => u.Name == "Phòng Cải cách hành chính").Select(u => u.Id).SingleAsync(Ct);
            cvId = await db.Users.Where(u => u.UserName == "chuyenvien").Select(u => u.Id).SingleAsync(Ct);
        }

        var suffix = Guid.NewGuid().ToString("N")[..6];
        var late = $"Báo cáo chỉ số cải cách hành chính {suffix}";
        var waited = $"Kế hoạch kiểm tra cải cách hành chính {suffix}";
        try
        {
            await ClockAsync(3, 2, 9);
            var a = (await PostAsync("truongphong.cchc", "/api/v1/tasks", new { title = waited, leadUnitId = cchc, leadUserId = cvId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-10" }))
                .GetProperty("id").GetGuid();
            var b = (await PostAsync("truongphong.cchc", "/api/v1/tasks", new { title = late, leadUnitId = cchc, leadUserId = cvId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-10" }))
                .GetProperty("id").GetGuid();
            await ClockAsync(3, 9);
            var ext = await PostAsync("chuyenvien", $"/api/v1/tasks/{a}/extensions", new { reason = "Chờ số liệu các sở gửi về.", newDueDate = "2026-03-20" });
            await ClockAsync(3, 12);
            await PostAsync("truongphong.cchc", $"/api/v1/tasks/{a}/extensions/{ext.GetProperty("id").GetGuid()}/decision", new { approve = true });
            await ClockAsync(3, 13);
            await PostAsync("chuyenvien", $"/api/v1/tasks/{b}/complete", new { result = "Đã gửi báo cáo." });
            await PostAsync("truongphong.cchc", $"/api/v1/tasks/{b}/review", new { quality = "met" });
            await ClockAsync(3, 16);
            await PostAsync("chuyenvien", $"/api/v1/tasks/{a}/complete", new { result = "Đã ban hành kế hoạch." });
            await PostAsync("truongphong.cchc", $"/api/v1/tasks/{a}/review", new { quality = "met" });
            await ClockAsync(3, 31);

            foreach (var (width, tag) in new[] { (1280, "desktop"), (375, "phone") })
            {
                var page = await fixture.SignedInPageAsync("truongphong.cchc", width, land: false);
                await page.GotoAsync("/Evaluation/Unit?year=2026");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đánh giá, xếp loại năm 2026: Phòng Cải cách hành chính" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("cap")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("unit-table")).ToContainTextAsync("Võ Thanh Hải");
                await BrowserFixture.ScreenshotAsync(page, $"90-xep-loai-don-vi-{tag}");

                await page.GetByTestId("unit-table").GetByRole(AriaRole.Link, new() { Name = "Võ Thanh Hải" }).ClickAsync();
                await page.GetByLabel("Kỳ đánh giá").SelectOptionAsync("2026-Q1");
                await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
                var products = page.GetByTestId("products");
                var lateRow = products.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = late }) });
                await Expect(lateRow).ToContainTextAsync("1 lần chậm do mình giữ hồ sơ");
                await Expect(lateRow).ToContainTextAsync("3 ngày quá hạn do mình giữ");
                var waitedRow = products.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = waited }) });
                await Expect(waitedRow).ToContainTextAsync("2 ngày quá hạn khi hồ sơ không do mình giữ");
                await Expect(waitedRow).Not.ToContainTextAsync("lần chậm");

                await page.GetByLabel("Điểm (0–30)").FillAsync("26");
                await page.GetByLabel("Nhận xét").FillAsync("Chủ động, phối hợp tốt.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu điểm tiêu chí chung.");
                await Expect(page.GetByTestId("general-points")).ToHaveTextAsync("26");
                await Expect(page.GetByTestId("grade")).Not.ToHaveTextAsync("Chưa đủ căn cứ");
                await BrowserFixture.ScreenshotAsync(page, $"91-danh-gia-ca-nhan-{tag}");

                await waitedRow.GetByRole(AriaRole.Link, new() { Name = waited }).ClickAsync();
                var clock = page.GetByTestId("task-clock");
                await Expect(clock).ToContainTextAsync("Chờ cấp trên quyết định gia hạn");
                await Expect(clock.Locator("tr", new() { HasText = "Chờ cấp trên quyết định gia hạn" })).ToContainTextAsync("Phạm Thu Dung");
                await BrowserFixture.ScreenshotAsync(page, $"92-ai-giu-ho-so-{tag}");
            }

            // A peer outside the line of management does not learn that the evaluation exists.
            var outsider = await fixture.SignedInPageAsync("chuyenvien.tcbc");
            (await outsider.GotoAsync($"/Evaluation/{cvId}"))!.Status.ShouldBe(404);
        }
        finally
        {
            await ClockAsync(2, 3, 9);
        }
    }
}
