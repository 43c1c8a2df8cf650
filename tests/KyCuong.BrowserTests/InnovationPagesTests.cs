using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Innovation proposals in Chromium (docs/domain.md "Evaluation: innovation proposals", Nghị định 73/2023/NĐ-CP): a specialist proposes
/// from the menu and ticks the task that carries it out; the body's head and deputy vote it through; the task is then finished late
/// with a major error, and the specialist's evaluation page shows the product "được bảo vệ theo NĐ 73/2023" with full quality and
/// progress. Another body's head gets 404. Screens (with axe) at 1280 and 375 px.
/// </summary>
[Collection("browser-clock")]
public sealed class InnovationPagesTests(BrowserFixture fixture)
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

    private async Task VoteAsync(string user, string proposalUrl)
    {
        var page = await fixture.SignedInPageAsync(user, 1280, land: false);
        await page.GotoAsync(proposalUrl);
        var form = page.GetByTestId("vote-form");
        await form.GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Ý kiến (không bắt buộc)").FillAsync("Đồng ý, triển khai ngay.");
        await page.GetByTestId("cast-vote").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã ghi nhận biểu quyết.");
    }

    [Fact]
    public async Task Propose_Vote_Approved_TheEvaluationShowsTheProtectedProduct()
    {
        Guid snv;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            snv = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Name == "Sở Nội vụ tỉnh An Giang").Select(u => u.Id).SingleAsync(Ct);
        }

        var s = Guid.NewGuid().ToString("N")[..6];
        var bodyId = (await SendAsync("admin", HttpMethod.Post, "/api/v1/units", new { name = $"Ban Thi tuyển {s}", shortName = "BTT", parentId = snv, kind = "department" }))
            .GetProperty("id").GetGuid();
        var divisionId = (await SendAsync("admin", HttpMethod.Post, "/api/v1/units", new { name = $"Phòng Tuyển dụng {s}", shortName = "PTD", parentId = bodyId, kind = "division" }))
            .GetProperty("id").GetGuid();
        var (gd, pgd, tp, cv) = ($"gd.btt{s}", $"pgd.btt{s}", $"tp.ptd{s}", $"cv.ptd{s}");
        foreach (var (user, name, unit, position, role) in new[]
                 {
                     (gd, "Trần Quốc Toàn", bodyId, "Trưởng ban", "leader"), (pgd, "Phạm Thị Hạnh", bodyId, "Phó Trưởng ban", "deputyLeader"),
                     (tp, "Lý Văn Sơn", divisionId, "Trưởng phòng", "leader"), (cv, "Ngô Thị Thảo", divisionId, "Chuyên viên", "specialist"),
                 })
        {
            await SendAsync("admin", HttpMethod.Post, "/api/v1/users", new { userName = user, fullName = name, password = "KyCuong@2026", unitId = unit, position, roles = new[] { role } });
        }

        try
        {
            await ClockAsync(8, 3);
            Guid cvId;
            using (var me = await fixture.ApiAsync(cv))
            {
                cvId = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
            }

            var task = (await SendAsync(tp, HttpMethod.Post, "/api/v1/tasks",
                new { title = "Tiếp nhận hồ sơ dự tuyển đợt 1", leadUnitId = divisionId, leadUserId = cvId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-08-14" }))
                .GetProperty("id").GetGuid();

            // Tue 4/8: the specialist proposes from the menu and ticks the task.
            await ClockAsync(8, 4);
            var person = await fixture.SignedInPageAsync(cv, 1280);
            await BrowserFixture.NavigateAsync(person, "Phối hợp, đôn đốc", "Đề xuất đổi mới, sáng tạo");
            await Expect(person.GetByTestId("no-proposals")).ToBeVisibleAsync();
            await person.GetByTestId("new-proposal").ClickAsync();
            await person.GetByLabel("Tên đề xuất").FillAsync("Tiếp nhận hồ sơ dự tuyển trực tuyến");
            await person.GetByLabel("Vấn đề cần giải quyết").FillAsync("Thí sinh phải nộp hồ sơ giấy; tiếp nhận kéo dài 10 ngày.");
            await person.GetByLabel("Nội dung đề xuất, cách làm mới").FillAsync("Nhận hồ sơ qua Cổng dịch vụ công, đối chiếu bản gốc khi trúng tuyển.");
            await person.GetByLabel("Phạm vi thực hiện").FillAsync("Kỳ tuyển dụng năm 2026 của Ban.");
            await person.GetByLabel("Kết quả dự kiến").FillAsync("Thời gian tiếp nhận còn 3 ngày.");
            await person.GetByLabel("Tiếp nhận hồ sơ dự tuyển đợt 1 (hạn 14/08/2026)").CheckAsync();
            await BrowserFixture.ScreenshotAsync(person, "170-de-xuat-doi-moi-desktop");
            await person.GetByTestId("submit-proposal").ClickAsync();
            await Expect(person.GetByRole(AriaRole.Status).First).ToContainTextAsync("biểu quyết đến hết ngày 13/08/2026");
            await Expect(person.GetByTestId("status")).ToHaveTextAsync("Đang lấy biểu quyết");
            await Expect(person.GetByTestId("tally")).ToContainTextAsync("trên 2 thành viên biểu quyết; cần ít nhất 2");
            await Expect(person.GetByTestId("vote-form")).Not.ToBeVisibleAsync();
            var proposalUrl = new Uri(person.Url).AbsolutePath;

            // The head and the deputy vote: two of two is more than half.
            await ClockAsync(8, 5);
            await VoteAsync(gd, proposalUrl);
            await VoteAsync(pgd, proposalUrl);
            // The simulated clock moved a day: the session has expired, as it would overnight.
            await BrowserFixture.SignInAsync(person, cv);
            await person.GotoAsync(proposalUrl);
            await Expect(person.GetByTestId("status")).ToHaveTextAsync("Đã thông qua");
            await Expect(person.GetByTestId("voters")).ToContainTextAsync("Phạm Thị Hạnh: Đồng ý");
            await BrowserFixture.ScreenshotAsync(person, "171-de-xuat-da-thong-qua-desktop");

            // Mon 17/8 the task is finished three days late and found with a major error: neither counts against the proposer.
            await ClockAsync(8, 17);
            await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{task}/complete", new { result = "Đã tiếp nhận 120 hồ sơ trực tuyến." });
            await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{task}/review", new { quality = "met", majorError = true, note = "Thiếu danh sách thí sinh ưu tiên." });
            await ClockAsync(10, 2);
            await BrowserFixture.SignInAsync(person, cv);
            await person.GotoAsync($"/Evaluation/{cvId}?period=2026-Q3");
            var row = person.GetByTestId("products").Locator("tr", new() { HasText = "Tiếp nhận hồ sơ dự tuyển đợt 1" });
            await Expect(row.GetByTestId("protected")).ToHaveTextAsync("được bảo vệ theo NĐ 73/2023");
            await Expect(row).ToContainTextAsync("đã miễn 1 lần chậm, 1 lỗi lớn");
            await BrowserFixture.ScreenshotAsync(person, "172-danh-gia-duoc-bao-ve-desktop");

            // Phone width: the list, the proposal, the evaluation.
            var phone = await fixture.SignedInPageAsync(cv, 375, land: false);
            await phone.GotoAsync("/Evaluation/Innovation");
            await Expect(phone.GetByTestId("proposals")).ToContainTextAsync("Đã thông qua");
            await BrowserFixture.ScreenshotAsync(phone, "173-danh-sach-de-xuat-phone");
            await phone.GotoAsync(proposalUrl);
            await BrowserFixture.ScreenshotAsync(phone, "171-de-xuat-da-thong-qua-phone");
            await phone.GotoAsync($"/Evaluation/{cvId}?period=2026-Q3");
            await Expect(phone.GetByTestId("protected")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(phone, "172-danh-gia-duoc-bao-ve-phone");

            // Another body's head does not learn that the proposal exists.
            var outsider = await fixture.SignedInPageAsync("giamdoc.sct");
            (await outsider.GotoAsync(proposalUrl))!.Status.ShouldBe(404);
        }
        finally
        {
            await ClockAsync(2, 3, 9);
        }
    }
}
