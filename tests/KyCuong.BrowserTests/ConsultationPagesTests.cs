using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// A whole consultation in Chromium (docs/domain.md §8): Sở Nội vụ asks three sở; one agrees, one disagrees with reasons, one stays
/// silent; the clock passes the end of the due day, the jobs run, and the page shows the deemed agreement and its notices.
/// </summary>
[Collection("browser")]
public sealed partial class ConsultationPagesTests(BrowserFixture fixture)
{
    private const string SoNoiVu = "Sở Nội vụ tỉnh An Giang";
    private const string SoCongThuong = "Sở Công Thương tỉnh An Giang";
    private const string SoTuPhap = "Sở Tư pháp tỉnh An Giang";
    private const string SoTaiChinh = "Sở Tài chính tỉnh An Giang";

    [GeneratedRegex(@"/Consultations/Details/[0-9a-f-]{36}$")]
    private static partial Regex DetailsUrl();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "KyCuong@2026" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await AdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task WholeConsultation_AgreeDisagreeSilence_DeadlinePasses_DeemedAgreementAndNotices()
    {
        var subject = $"Dự thảo Quy chế phối hợp {Guid.NewGuid():N}"[..36];

        // 1. The director of Sở Nội vụ asks three sở, answer by Thu 05/02/2026.
        var requester = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await requester.GotoAsync("/Consultations?role=requested");
        await requester.GetByTestId("new-consultation").ClickAsync();
        await Expect(requester.GetByRole(AriaRole.Heading, new() { Name = "Lấy ý kiến mới" })).ToBeVisibleAsync();
        await requester.GetByLabel("Trích yếu").FillAsync(subject);
        await requester.GetByLabel("Nội dung đề xuất").FillAsync("Ban hành Quy chế phối hợp xử lý công việc giữa các sở theo Công điện 968/CĐ-TTg.");
        await requester.GetByLabel("Cơ quan lấy ý kiến").SelectOptionAsync(new SelectOptionValue { Label = SoNoiVu });
        await requester.Locator("#Input_ConsultedUnitIds").SelectOptionAsync(new[]
        {
            new SelectOptionValue { Label = SoCongThuong }, new SelectOptionValue { Label = SoTuPhap }, new SelectOptionValue { Label = SoTaiChinh },
        }, new() { Force = true });
        await requester.GetByLabel("Hạn (ngày làm việc)").FillAsync("2026-02-05");
        await BrowserFixture.ScreenshotAsync(requester, "60-lay-y-kien-moi");
        await requester.GetByTestId("submit-consultation").ClickAsync();
        await Expect(requester).ToHaveURLAsync(DetailsUrl());
        var url = new Uri(requester.Url).AbsolutePath;
        await Expect(requester.GetByTestId("message")).ToContainTextAsync("Đã gửi đề nghị lấy ý kiến.");
        await Expect(requester.GetByTestId("consultation-clock")).ToContainTextAsync("05/02/2026");
        await Expect(requester.GetByTestId("consultation-clock")).ToContainTextAsync("còn 3 ngày làm việc");
        await Expect(requester.GetByTestId("participant")).ToHaveCountAsync(3);

        // 2. Sở Công Thương agrees, with substance; it finds the request in its inbox.
        var sct = await fixture.SignedInPageAsync("giamdoc.sct", land: false);
        await sct.GotoAsync("/Consultations");
        await sct.GetByTestId("consultation-list").GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        var answer = sct.GetByTestId("answer-form");
        await answer.GetByRole(AriaRole.Radio, new() { Name = "Nhất trí", Exact = true }).CheckAsync();
        await answer.GetByLabel("Ý kiến, lý do").FillAsync("Nhất trí; đề nghị bổ sung quy định về trách nhiệm đầu mối tại Điều 5 của dự thảo.");
        await answer.GetByTestId("submit-answer").ClickAsync();
        await Expect(sct.GetByTestId("message")).ToContainTextAsync("Đã gửi ý kiến trả lời.");
        await Expect(sct.Locator($"[data-testid=participant][data-unit='{SoCongThuong}']")).ToHaveAttributeAsync("data-outcome", "agreed");

        // 3. Sở Tư pháp disagrees with reasons; without reasons it is refused with a clear message.
        var stp = await fixture.SignedInPageAsync("giamdoc.stp", land: false);
        await stp.GotoAsync(url);
        answer = stp.GetByTestId("answer-form");
        await answer.GetByRole(AriaRole.Radio, new() { Name = "Không nhất trí" }).CheckAsync();
        await answer.GetByTestId("submit-answer").ClickAsync();
        await Expect(stp.GetByTestId("form-errors")).ToContainTextAsync("Cần nêu lý do");
        answer = stp.GetByTestId("answer-form");
        await answer.GetByRole(AriaRole.Radio, new() { Name = "Không nhất trí" }).CheckAsync();
        await answer.GetByLabel("Ý kiến, lý do").FillAsync("Dự thảo chưa phù hợp với Luật Ban hành văn bản quy phạm pháp luật 2025 về thẩm quyền ban hành.");
        await answer.GetByTestId("submit-answer").ClickAsync();
        await Expect(stp.GetByTestId("message")).ToContainTextAsync("Đã gửi ý kiến trả lời.");
        await BrowserFixture.ScreenshotAsync(stp, "61-lay-y-kien-da-tra-loi");

        // 4. Sở Tài chính stays silent. The clock passes the end of Thu 05/02/2026 and the jobs run.
        try
        {
            await SetClockAsync(new DateTimeOffset(2026, 2, 6, 0, 5, 0, TimeSpan.FromHours(7)));
            using (var admin = await AdminAsync())
            {
                (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
            }

            var page = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
            await page.GotoAsync(url);
            await Expect(page.GetByTestId("consultation-clock")).ToContainTextAsync("đã hết hạn");
            await Expect(page.Locator($"[data-testid=participant][data-unit='{SoTaiChinh}']")).ToHaveAttributeAsync("data-outcome", "deemedAgreed");
            await Expect(page.Locator($"[data-testid=participant][data-unit='{SoTaiChinh}']")).ToContainTextAsync("Được coi là nhất trí");
            await Expect(page.Locator($"[data-testid=participant][data-unit='{SoTuPhap}']")).ToHaveAttributeAsync("data-outcome", "disagreed");
            var notices = page.GetByTestId("notices");
            await Expect(notices.Locator("li")).ToHaveCountAsync(2);
            await Expect(notices.Locator("li[data-kind=deemedAgreement]")).ToContainTextAsync(SoTaiChinh);
            await Expect(notices.Locator("li[data-kind=reportToSuperior]")).ToContainTextAsync("Ủy ban nhân dân tỉnh An Giang");
            await Expect(page.GetByTestId("resolve-form")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "62-lay-y-kien-het-han-coi-nhu-nhat-tri");

            await notices.Locator("li[data-kind=deemedAgreement] a").ClickAsync();
            var doc = page.GetByTestId("notice-document");
            await Expect(doc).ToContainTextAsync("THÔNG BÁO");
            await Expect(doc).ToContainTextAsync("Số: …/TB-SNV");
            await Expect(doc).ToContainTextAsync("An Giang, ngày 06 tháng 02 năm 2026");
            await Expect(doc).ToContainTextAsync("968/CĐ-TTg");
            await Expect(doc).ToContainTextAsync("Nơi nhận");
            await BrowserFixture.ScreenshotAsync(page, "63-thong-bao-coi-nhu-nhat-tri");
        }
        finally
        {
            await SetClockAsync(new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.FromHours(7)));
        }
    }

    [Fact]
    public async Task ConsultedUnit_ReturnsAMatterOutsideItsCompetence_CitingTheCatalogue()
    {
        // Sở Nội vụ asks Sở Tư pháp through the API; Sở Tư pháp returns it on the page, citing the demo catalogue.
        var subject = $"Đề án xúc tiến đầu tư {Guid.NewGuid():N}"[..32];
        using (var admin = await AdminAsync())
        {
            var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
            Guid Id(string name) => units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
            using var snv = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
            var token = await (await snv.PostAsJsonAsync("/api/v1/auth/token", new { userName = "giamdoc.snv", password = "KyCuong@2026" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
            snv.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
            (await snv.PostAsJsonAsync("/api/v1/consultations", new
            {
                subject, proposal = "Ban hành đề án", requesterUnitId = Id(SoNoiVu), consultedUnitIds = new[] { Id(SoTuPhap) }, workingDays = 3,
            }, Ct)).EnsureSuccessStatusCode();
        }

        var stp = await fixture.SignedInPageAsync("giamdoc.stp", land: false);
        await stp.GotoAsync("/Consultations");
        await stp.GetByTestId("consultation-list").GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        var form = stp.GetByTestId("return-form");
        await Expect(form).ToBeVisibleAsync();
        var entry = form.Locator("#return-entry option").Nth(1);
        await form.Locator("#return-entry").SelectOptionAsync(new SelectOptionValue { Value = await entry.GetAttributeAsync("value") });
        await form.Locator("#return-reason").FillAsync("Nội dung xúc tiến đầu tư không thuộc chức năng của Sở Tư pháp.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(stp.GetByTestId("message")).ToContainTextAsync("Đã trả lại đề nghị lấy ý kiến.");
        await Expect(stp.Locator($"[data-testid=participant][data-unit='{SoTuPhap}']")).ToHaveAttributeAsync("data-outcome", "returned");
        await Expect(stp.GetByTestId("return-reason")).ToContainTextAsync("Căn cứ danh mục thẩm quyền");
        await BrowserFixture.ScreenshotAsync(stp, "64-tra-lai-khong-thuoc-tham-quyen");
    }
}
