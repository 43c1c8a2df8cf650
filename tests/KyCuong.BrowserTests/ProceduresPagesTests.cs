using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The procedures catalogue and the on-time rate by procedure and step in Chromium (docs/domain.md "One-stop by procedure and step; procedures catalogue", "One-stop dossiers"):
/// the director of Sở Tư pháp adds and publishes a procedure (1280 px) after the form refuses it incomplete; a specialist reads it without a
/// save button; the catalogue and the breakdown read on a phone (375 px); Sở Công Thương's director drills into a procedure's dossiers.
/// </summary>
[Collection("browser-b")]
public sealed class ProceduresPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Catalogue_AddPublish_ReadOnlyForOthers_Phone_Breakdown_DrillDown()
    {
        var code = "9." + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var director = await fixture.SignedInPageAsync("giamdoc.stp");
        await BrowserFixture.NavigateAsync(director, "Phối hợp, đôn đốc", "Thủ tục hành chính");
        await director.GetByTestId("add-procedure").ClickAsync();
        var form = director.GetByTestId("procedure-form");
        await form.GetByLabel("Mã thủ tục").FillAsync(code);
        await form.GetByLabel("Tên thủ tục").FillAsync("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        await form.GetByLabel("Cơ quan thực hiện, công bố").SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp tỉnh An Giang" });
        await form.GetByLabel("Đã công bố (cần đủ các bộ phận trên)").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(director.GetByTestId("form-errors")).ToContainTextAsync("Điều 8 Nghị định 63/2010/NĐ-CP");

        form = director.GetByTestId("procedure-form");
        await form.GetByLabel("Trình tự thực hiện").FillAsync("Bước 1: nộp hồ sơ tại Bộ phận Một cửa; Bước 2: tra cứu, xác minh; Bước 3: trả kết quả.");
        await form.GetByLabel("Cách thức thực hiện").FillAsync("Trực tiếp hoặc trực tuyến toàn trình.");
        await form.GetByLabel("Thành phần, số lượng hồ sơ").FillAsync("01 tờ khai; bản chụp giấy tờ tùy thân.");
        await form.GetByLabel("Đối tượng thực hiện").FillAsync("Công dân Việt Nam");
        await form.GetByLabel("Cơ quan thực hiện", new() { Exact = true }).FillAsync("Sở Tư pháp tỉnh An Giang");
        await form.GetByLabel("Kết quả thực hiện").FillAsync("Phiếu lý lịch tư pháp");
        await form.GetByLabel("Phí, lệ phí").FillAsync("200.000 đồng/lần/người");
        await form.GetByLabel("Căn cứ pháp lý").FillAsync("Luật Lý lịch tư pháp 2009");
        await form.GetByLabel("Thời hạn giải quyết (ngày làm việc)").FillAsync("10");
        await form.GetByLabel("Chi phí một lần tuân thủ (đồng)").FillAsync("350000");
        await form.GetByLabel("Số lần tuân thủ một năm").FillAsync("1");
        await form.GetByLabel("Số đối tượng tuân thủ một năm").FillAsync("12000");
        await BrowserFixture.ScreenshotAsync(director, "a0-thu-tuc-them");
        // The save is awaited by its request, then by its response, so a refusal fails with the page's own message instead of a
        // wait running out. In two whole browser runs no response came within 30 s of this click (right after the full-page
        // screenshot and its accessibility check), and the host was not found to hang: a click that sent nothing within 10 s is
        // given once more, and said so in the test's output.
        var save = form.GetByRole(AriaRole.Button, new() { Name = "Lưu" });
        static bool IsSave(string url) => new Uri(url).AbsolutePath.StartsWith("/Procedures/Edit", StringComparison.Ordinal);
        IRequest posted;
        try
        {
            posted = await director.RunAndWaitForRequestAsync(() => save.ClickAsync(), r => r.Method == "POST" && IsSave(r.Url), new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("The first click on «Lưu» sent no request within 10 s; clicked again.");
            posted = await director.RunAndWaitForRequestAsync(() => save.ClickAsync(), r => r.Method == "POST" && IsSave(r.Url), new() { Timeout = 10_000 });
        }

        var saved = await posted.ResponseAsync().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)
            ?? throw new Xunit.Sdk.XunitException("The save's request failed without a response.");
        if (saved.Status != 302)
        {
            var refused = director.GetByTestId("form-errors");
            await refused.WaitForAsync(new() { Timeout = 30_000 });
            throw new Xunit.Sdk.XunitException($"The save answered {saved.Status}: {await refused.InnerTextAsync()}");
        }

        await Expect(director.GetByTestId("procedure-status")).ToHaveTextAsync("Đã công bố, công khai", new() { Timeout = 30_000 });
        // 350.000 × 1 × 12.000 = 4.200.000.000 đồng a year.
        await Expect(director.GetByTestId("annual-cost")).ToHaveTextAsync("4.200.000.000");
        await BrowserFixture.ScreenshotAsync(director, "a1-thu-tuc-da-cong-bo");
        var url = new Uri(director.Url).AbsolutePath;

        var specialist = await fixture.SignedInPageAsync("chuyenvien", land: false);
        await specialist.GotoAsync(url);
        await Expect(specialist.GetByTestId("procedure-status")).ToHaveTextAsync("Đã công bố, công khai");
        await Expect(specialist.GetByTestId("save-procedure")).ToHaveCountAsync(0);

        var phone = await fixture.SignedInPageAsync("giamdoc.sct", 375, 812, land: false);
        await phone.GotoAsync($"/Procedures?Q={code}");
        await Expect(phone.GetByTestId("procedures")).ToContainTextAsync("Cấp Phiếu lý lịch tư pháp");
        await BrowserFixture.ScreenshotAsync(phone, "a2-thu-tuc-danh-muc-dien-thoai");

        // The demo's dossiers at Sở Công Thương: the summary leads to the breakdown, a procedure to its dossiers.
        await phone.GotoAsync("/OneStop/Summary?From=2025-01-01&To=2026-02-03");
        await phone.GetByTestId("to-breakdown").ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Tỷ lệ đúng hạn theo thủ tục và theo bước" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, "a3-mot-cua-theo-thu-tuc-dien-thoai");
        var sct = await fixture.SignedInPageAsync("giamdoc.sct", land: false);
        await sct.GotoAsync("/OneStop/Breakdown?From=2025-01-01&To=2026-02-03");
        await BrowserFixture.ScreenshotAsync(sct, "a4-mot-cua-theo-thu-tuc");
        await sct.Locator("[data-testid^=drill-]").First.ClickAsync();
        await Expect(sct.GetByTestId("breakdown-dossiers")).ToContainTextAsync("000.00.21.H01-");
        await BrowserFixture.ScreenshotAsync(sct, "a5-mot-cua-theo-thu-tuc-ho-so");
    }
}
