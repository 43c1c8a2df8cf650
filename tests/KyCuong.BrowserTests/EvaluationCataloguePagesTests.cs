using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The conversion catalogue in Chromium (docs/domain.md "Evaluation", Nghị định 335/2025): the personnel office (theodoi) adds a
/// product N3 of 15 points; the head of Phòng Cải cách hành chính makes a task that product on the task page; the specialist's
/// evaluation names the product and its coefficient. A specialist reads the catalogue but has no form. At 1280 and 375 px.
/// </summary>
[Collection("browser-b")]
public sealed class EvaluationCataloguePagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Catalogue_TaskProductType_EvaluationExplainsTheCoefficient()
    {
        Guid cchc, cvId;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            cchc = await db.Units.Where(u => u.Name == "Phòng Cải cách hành chính").Select(u => u.Id).SingleAsync(Ct);
            cvId = await db.Users.Where(u => u.UserName == "chuyenvien").Select(u => u.Id).SingleAsync(Ct);
        }

        foreach (var (width, tag) in new[] { (1280, "desktop"), (375, "phone") })
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var product = $"Báo cáo chuyên đề cấp tỉnh {suffix}";
            var title = $"Báo cáo chuyên đề chỉ số PAR INDEX {suffix}";
            Guid taskId;
            using (var head = await fixture.ApiAsync("truongphong.cchc"))
            {
                var response = await head.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = cchc, leadUserId = cvId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-20" }, Ct);
                var text = await response.Content.ReadAsStringAsync(Ct);
                response.IsSuccessStatusCode.ShouldBeTrue(text);
                taskId = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
            }

            var office = await fixture.SignedInPageAsync("theodoi", width, land: false);
            await office.GotoAsync("/Evaluation/Catalogue");
            await Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Danh mục sản phẩm quy đổi");
            await Expect(office.GetByTestId("frames")).ToContainTextAsync("N3: 300 điểm");
            await office.GetByLabel("Vị trí việc làm").FillAsync("Chuyên viên");
            await office.GetByLabel("Tên sản phẩm").FillAsync(product);
            await office.GetByLabel("Nhóm").SelectOptionAsync("N3");
            await office.GetByLabel("Điểm", new() { Exact = true }).FillAsync("301");
            await office.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh mục" }).ClickAsync();
            await Expect(office.GetByTestId("form-errors")).ToContainTextAsync("tối đa 300 điểm");
            await office.GetByLabel("Điểm", new() { Exact = true }).FillAsync("15");
            await office.GetByRole(AriaRole.Button, new() { Name = "Thêm vào danh mục" }).ClickAsync();
            await Expect(office.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã thêm sản phẩm vào danh mục.");
            var row = office.GetByTestId("catalogue").Locator("tr", new() { HasText = product });
            await Expect(row).ToContainTextAsync("N3");
            await Expect(row).ToContainTextAsync("Đang áp dụng");
            await BrowserFixture.ScreenshotAsync(office, $"93-danh-muc-san-pham-{tag}");

            var assigner = await fixture.SignedInPageAsync("truongphong.cchc", width, land: false);
            await assigner.GotoAsync($"/Tasks/Details/{taskId}");
            await Expect(assigner.GetByTestId("task-product")).ToContainTextAsync("tính là một sản phẩm tiêu chuẩn");
            await assigner.GetByLabel("Sản phẩm theo danh mục của cơ quan").SelectOptionAsync(new SelectOptionValue { Label = $"N3 — {product} (Chuyên viên) — 15 điểm (hệ số 3)" });
            await assigner.GetByRole(AriaRole.Button, new() { Name = "Lưu loại sản phẩm" }).ClickAsync();
            await Expect(assigner.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu loại sản phẩm của nhiệm vụ.");
            await Expect(assigner.GetByTestId("task-product")).ToContainTextAsync($"{product}, nhóm N3, 15 điểm — bằng 3 sản phẩm tiêu chuẩn.");
            await assigner.GetByTestId("task-product").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.ScreenshotAsync(assigner, $"94-loai-san-pham-nhiem-vu-{tag}");

            await assigner.GotoAsync($"/Evaluation/{cvId}?period=2026-Q1");
            var productRow = assigner.GetByTestId("products").Locator("tr", new() { Has = assigner.GetByRole(AriaRole.Link, new() { Name = title }) });
            await Expect(productRow.GetByTestId("product-type")).ToContainTextAsync($"N3 — {product}: hệ số 3");
            await Expect(productRow).ToContainTextAsync("hệ số 3 sản phẩm tiêu chuẩn");

            // The holder sees the type but cannot change it; in the catalogue they read, without the form.
            var holder = await fixture.SignedInPageAsync("chuyenvien", width, land: false);
            await holder.GotoAsync($"/Tasks/Details/{taskId}");
            await Expect(holder.GetByTestId("task-product")).ToContainTextAsync(product);
            await Expect(holder.GetByTestId("task-product-form")).ToHaveCountAsync(0);
            await holder.GotoAsync("/Evaluation/Catalogue");
            await Expect(holder.GetByTestId("catalogue-form")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Leader_TheSuperiorScoresOrganiseAndRally_OnTheHeadsPage()
    {
        Guid headId;
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            headId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == "truongphong.cchc").Select(u => u.Id).SingleAsync(Ct);
        }

        foreach (var (width, tag) in new[] { (1280, "desktop"), (375, "phone") })
        {
            var page = await fixture.SignedInPageAsync("giamdoc.snv", width, land: false);
            await page.GotoAsync($"/Evaluation/{headId}?period=2026-Q1");
            await Expect(page.GetByTestId("leadership")).ToContainTextAsync("người đứng đầu");
            await page.GetByLabel("đ — Tổ chức triển khai").FillAsync("80");
            await page.GetByLabel("e — Tập hợp, đoàn kết").FillAsync("90");
            await page.GetByLabel("Nhận xét về đ, e").FillAsync("Triển khai kịp thời, đoàn kết tốt.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu đ, e" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu điểm tiêu chí đ, e.");
            await Expect(page.GetByTestId("leadership")).ToContainTextAsync("80,0");
            await Expect(page.GetByTestId("leadership")).ToContainTextAsync("Triển khai kịp thời, đoàn kết tốt.");
            await Expect(page.GetByTestId("leadership-provisional")).ToHaveCountAsync(0);
            await BrowserFixture.ScreenshotAsync(page, $"95-danh-gia-lanh-dao-{tag}");
        }

        // The head reads the criteria on their own page but has no form to score themself.
        var head = await fixture.SignedInPageAsync("truongphong.cchc", land: false);
        await head.GotoAsync("/Evaluation?period=2026-Q1");
        await Expect(head.GetByTestId("leadership")).ToContainTextAsync("90,0");
        await Expect(head.GetByTestId("leadership-form")).ToHaveCountAsync(0);
    }
}
