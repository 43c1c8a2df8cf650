using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Patterns and candidates in Chromium (docs/domain.md "Evaluation: patterns and candidates"), on 2025 so the other evaluation tests'
/// 2026 figures stay theirs: the specialist asks twice to extend one task, completes it on time and is scored; the head of division
/// opens the specialist's patterns from the menu, drills into the case, opens the candidates and records a commendation decision.
/// At 1280 and 375 px, each page checked with axe.
/// </summary>
[Collection("browser")]
public sealed class EvaluationPatternsPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ClockAsync(int y, int m, int d, int h = 10)
    {
        using var admin = await fixture.ApiAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = new DateTimeOffset(y, m, d, h, 0, 0, TimeSpan.FromHours(7)) }, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> SendAsync(string user, HttpMethod method, string url, object body)
    {
        using var client = await fixture.ApiAsync(user);
        var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Manager_OpensPatterns_DrillsIntoACase_RecordsACommendationDecision()
    {
        Guid cchc, cvId;
        string userName;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            cchc = await db.Units.Where(u => u.Name == "Phòng Cải cách hành chính").Select(u => u.Id).SingleAsync(Ct);
        }

        var title = $"Rà soát quy trình nội bộ {Guid.NewGuid().ToString("N")[..6]}";
        try
        {
            await ClockAsync(2025, 10, 6, 9);
            // A specialist of their own, so that the demo's tasks do not move the figures.
            userName = $"cv.khoa.{Guid.NewGuid().ToString("N")[..6]}";
            cvId = (await SendAsync("admin", HttpMethod.Post, "/api/v1/users", new
            {
                userName, fullName = "Lê Minh Khoa", password = "KyCuong@2026", unitId = cchc, position = "Chuyên viên", roles = new[] { "specialist" },
            })).GetProperty("id").GetGuid();
            var t = (await SendAsync("truongphong.cchc", HttpMethod.Post, "/api/v1/tasks",
                new { title, leadUnitId = cchc, leadUserId = cvId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2025-10-10" })).GetProperty("id").GetGuid();
            await ClockAsync(2025, 10, 8);
            var e1 = await SendAsync(userName, HttpMethod.Post, $"/api/v1/tasks/{t}/extensions", new { reason = "Chờ ý kiến Sở Tư pháp.", newDueDate = "2025-10-17" });
            await SendAsync("truongphong.cchc", HttpMethod.Post, $"/api/v1/tasks/{t}/extensions/{e1.GetProperty("id").GetGuid()}/decision", new { approve = true });
            await ClockAsync(2025, 10, 15);
            var e2 = await SendAsync(userName, HttpMethod.Post, $"/api/v1/tasks/{t}/extensions", new { reason = "Chờ thêm ý kiến các sở.", newDueDate = "2025-10-24" });
            await SendAsync("truongphong.cchc", HttpMethod.Post, $"/api/v1/tasks/{t}/extensions/{e2.GetProperty("id").GetGuid()}/decision", new { approve = false, note = "Hoàn thành đúng hạn đã gia hạn." });
            await ClockAsync(2025, 10, 16);
            await SendAsync(userName, HttpMethod.Post, $"/api/v1/tasks/{t}/complete", new { result = "Đã trình dự thảo quy trình." });
            await SendAsync("truongphong.cchc", HttpMethod.Post, $"/api/v1/tasks/{t}/review", new { quality = "met" });
            await SendAsync("truongphong.cchc", HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2025-Q4/general", new { points = 25, comment = "Chủ động." });
            await ClockAsync(2025, 12, 10);

            foreach (var (width, tag) in new[] { (1280, "desktop"), (375, "phone") })
            {
                var page = await fixture.SignedInPageAsync("truongphong.cchc", width);
                await BrowserFixture.NavigateAsync(page, "Phối hợp, đôn đốc", "Dấu hiệu né tránh, đùn đẩy");
                await page.GotoAsync($"/Evaluation/Patterns?userId={cvId}&period=2025-Q4");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dấu hiệu né tránh, đùn đẩy: Lê Minh Khoa" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("rate-serialExtensions")).ToHaveTextAsync("100");
                await page.GetByTestId("pattern-serialExtensions").GetByText("Xin gia hạn nhiều lần trên một nhiệm vụ").ClickAsync();
                await Expect(page.GetByTestId("cases-serialExtensions")).ToContainTextAsync("Lần xin gia hạn thứ 2");
                await BrowserFixture.ScreenshotAsync(page, $"95-dau-hieu-ne-tranh-{tag}");

                await page.GetByTestId("cases-serialExtensions").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();

                await page.GotoAsync("/Evaluation/Candidates?year=2025");
                var card = page.GetByTestId($"commend-{cvId}");
                await Expect(card).ToContainTextAsync("Hoàn thành xuất sắc nhiệm vụ");
                await BrowserFixture.ScreenshotAsync(page, $"96-de-xuat-khen-thuong-{tag}");
                if (tag == "desktop")
                {
                    await card.GetByText("Ghi quyết định").First.ClickAsync();
                    await card.GetByLabel("Hình thức").SelectOptionAsync("advancedWorker");
                    await card.GetByLabel("Số quyết định").FillAsync("35/QĐ-SNV");
                    await card.GetByLabel("Ngày").FillAsync("2025-12-10");
                    await card.Locator("button[type=submit]").ClickAsync();
                    await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã ghi quyết định.");
                }

                await Expect(page.GetByTestId($"commend-{cvId}").GetByTestId("decision")).ToContainTextAsync("Quyết định số 35/QĐ-SNV ngày 10/12/2025");
                await BrowserFixture.ScreenshotAsync(page, $"97-quyet-dinh-khen-thuong-{tag}");
            }

            // A peer outside the line of management does not learn that the patterns exist.
            var outsider = await fixture.SignedInPageAsync("chuyenvien.tcbc");
            (await outsider.GotoAsync($"/Evaluation/Patterns?userId={cvId}&period=2025-Q4"))!.Status.ShouldBe(404);
        }
        finally
        {
            await ClockAsync(2026, 2, 3, 9);
        }
    }
}
