using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// "Văn bản → Liên thông (edXML)" (docs/domain.md "edXML exchange"): the provincial office's clerk sends an issued letter to Sở Nội vụ
/// by its agency code; the local hub carries the envelope to the department's inbox and the status messages back — 01 đã đến,
/// 03 đã tiếp nhận — then the department returns the letter with its reason (02) and the sender sees it returned, with the reason.
/// </summary>
[Collection("browser")]
public sealed class ExchangePagesTests(BrowserFixture fixture)
{
    private const string ProvinceCode = "000.00.00.H01";
    private const string HomeAffairsCode = "000.00.12.H01";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Gives the province and its Department of Home Affairs agency codes (once), and the hub the administrator's account.</summary>
    private async Task EnsureAgenciesAsync()
    {
        fixture.HubDelivery ??= await fixture.ApiAsync("admin");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (name, code) in new[] { ("Ủy ban nhân dân tỉnh An Giang", ProvinceCode), ("Sở Nội vụ tỉnh An Giang", HomeAffairsCode) })
        {
            var unit = db.Units.Single(u => u.Name == name && u.ValidTo == null);
            if (unit.AgencyCode != code)
            {
                unit.Import(unit.Code ?? code, unit.Name, unit.ShortName, unit.Kind, code);
            }
        }

        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Runs the jobs (the outbox hands what waits to the hub) and waits until the hub has delivered it.</summary>
    private async Task PumpAsync()
    {
        using var admin = await fixture.ApiAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
        await fixture.Hub.IdleAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Clerk_SendsALetter_ItArrivesAndIsRegistered_TheDepartmentReturnsIt_TheSenderSeesWhy(int width)
    {
        await EnsureAgenciesAsync();
        var subject = $"V/v cử công chức tham gia đoàn kiểm tra cải cách hành chính ({width})";
        using var api = await fixture.ApiAsync("vanthu");
        var created = await (await api.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "outgoing", numberSymbol = "UBND-VP", type = "Công văn", subject, place = "An Giang", signer = "Nguyễn Văn An", signingForm = "CHỦ TỊCH",
        }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var docId = created.GetProperty("id").GetGuid();
        var numberSymbol = created.GetProperty("numberSymbol").GetString()!;
        using (var form = new MultipartFormDataContent())
        {
            var part = new ByteArrayContent("%PDF-1.7 bản ký số"u8.ToArray());
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "file", "cong-van.pdf");
            (await api.PostAsync($"/api/v1/documents/{docId}/attachments", form, Ct)).EnsureSuccessStatusCode();
        }

        // 1. The clerk sends it by number to the department's agency code.
        var clerk = await fixture.SignedInPageAsync("vanthu", width);
        await BrowserFixture.NavigateAsync(clerk, "Văn bản", "Liên thông (edXML)");
        await Expect(clerk.Locator("h1")).ToHaveTextAsync("Liên thông văn bản điện tử (edXML)");
        await clerk.GetByLabel("Số, ký hiệu văn bản đi đã ban hành").FillAsync(numberSymbol);
        await clerk.GetByLabel("Cơ quan nhận (mã định danh)").SelectOptionAsync(HomeAffairsCode);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi liên thông" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã đưa văn bản {numberSymbol} vào hàng gửi liên thông.");
        var sentRow = clerk.GetByTestId("exchange-row").Filter(new() { HasText = numberSymbol });
        await Expect(sentRow.GetByTestId("exchange-status")).ToHaveTextAsync("Đã gửi");
        await BrowserFixture.ScreenshotAsync(clerk, $"x1-lien-thong-da-gui-{width}");

        // 2. The hub delivers the envelope (registered at the department), then carries 01 and 03 back.
        await PumpAsync();
        await PumpAsync();
        await clerk.ReloadAsync();
        await Expect(sentRow.GetByTestId("exchange-status")).ToHaveTextAsync("Đã tiếp nhận");
        await Expect(sentRow).ToContainTextAsync("Đã đến: Đã nhận được gói tin.");
        await Expect(sentRow).ToContainTextAsync("Đã tiếp nhận: Đã vào sổ văn bản đến.");
        await BrowserFixture.ScreenshotAsync(clerk, $"x2-lien-thong-da-tiep-nhan-{width}");

        // 3. At the department (its registering account), the letter is returned: a reason is required.
        var department = await fixture.SignedInPageAsync("admin", width, land: false);
        await department.GotoAsync("/Exchange?huong=received");
        var receivedRow = department.GetByTestId("exchange-row").Filter(new() { HasText = numberSymbol });
        await Expect(receivedRow).ToContainTextAsync("Từ: Ủy ban nhân dân tỉnh An Giang");
        await receivedRow.GetByText("Trả lại văn bản").ClickAsync();
        await receivedRow.GetByRole(AriaRole.Button, new() { Name = "Xác nhận trả lại" }).ClickAsync();
        await Expect(receivedRow.Locator(".invalid-feedback")).ToContainTextAsync("Lý do trả lại là bắt buộc.");
        await BrowserFixture.ScreenshotAsync(department, $"x3-tra-lai-thieu-ly-do-{width}");
        const string reason = "Nội dung đề nghị thuộc thẩm quyền của Văn phòng Ủy ban nhân dân tỉnh; Sở Nội vụ trả lại để chuyển đúng cơ quan.";
        await receivedRow.GetByLabel("Lý do trả lại").FillAsync(reason);
        await receivedRow.GetByRole(AriaRole.Button, new() { Name = "Xác nhận trả lại" }).ClickAsync();
        await Expect(department.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã trả lại văn bản {numberSymbol}");
        await Expect(receivedRow.GetByTestId("exchange-status")).ToHaveTextAsync("Trả lại");
        await Expect(receivedRow.GetByTestId("exchange-return")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(department, $"x4-da-tra-lai-{width}");

        // 4. The status 02 with the reason reaches the sender.
        await PumpAsync();
        await clerk.ReloadAsync();
        await Expect(sentRow.GetByTestId("exchange-status")).ToHaveTextAsync("Trả lại");
        await Expect(sentRow).ToContainTextAsync("Trả lại: " + reason);
        await BrowserFixture.ScreenshotAsync(clerk, $"x5-lien-thong-bi-tra-lai-{width}");
    }
}
