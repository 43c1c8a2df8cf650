using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

[Collection("browser")]
public sealed class OrganisationPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Leader_SignsIn_SeesTreeWithAnGiangAndMergedKienGiang()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await BrowserFixture.ScreenshotAsync(page, "01-dang-nhap");
        await BrowserFixture.SignInAsync(page, "chutich");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("Nguyễn Văn An");
        await BrowserFixture.ScreenshotAsync(page, "02-trang-chu-lanh-dao");

        await BrowserFixture.NavigateAsync(page, "Tổ chức", "Cơ cấu tổ chức");
        var tree = page.GetByTestId("org-tree");
        await Expect(tree.GetByRole(AriaRole.Link, new() { Name = "Ủy ban nhân dân tỉnh An Giang" }).First).ToBeVisibleAsync();
        var kienGiang = tree.Locator("li[data-unit='Ủy ban nhân dân tỉnh Kiên Giang']");
        await Expect(kienGiang).ToContainTextAsync("hoạt động đến 30/06/2025");
        await Expect(kienGiang).ToContainTextAsync("kế thừa: Ủy ban nhân dân tỉnh An Giang");
        await BrowserFixture.ScreenshotAsync(page, "03-co-cau-to-chuc");

        await kienGiang.GetByRole(AriaRole.Link, new() { Name = "Ủy ban nhân dân tỉnh Kiên Giang" }).ClickAsync();
        await Expect(page.GetByTestId("succession-history")).ToContainTextAsync("sáp nhập vào Ủy ban nhân dân tỉnh An Giang");
        await BrowserFixture.ScreenshotAsync(page, "04-lich-su-ke-thua");
    }

    [Fact]
    public async Task Specialist_CannotOpenUserAdministration()
    {
        var page = await fixture.SignedInPageAsync("chuyenvien");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("Võ Thanh Hải");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tài khoản" })).ToHaveCountAsync(0);
        await page.GotoAsync("/Admin/Users");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await page.GotoAsync("/Admin/Units/Create");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "05-chuyen-vien-khong-co-quyen");
    }

    [Fact]
    public async Task Administrator_CreatesAccountWithTheKeyboard()
    {
        var page = await fixture.SignedInPageAsync("admin", land: false);
        await page.GotoAsync("/Admin/Users/Create");
        await page.GetByLabel("Tên đăng nhập").FillAsync("cv.moi");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Lý Thị Thu");
        await page.GetByLabel("Mật khẩu").FillAsync("123");
        await page.GetByLabel("Đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp tỉnh An Giang" });
        await page.GetByLabel("Chức vụ").FillAsync("Chuyên viên");
        await page.GetByLabel("Chuyên viên", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Password']")).ToContainTextAsync("Mật khẩu");
        await BrowserFixture.ScreenshotAsync(page, "06-tao-tai-khoan-loi");

        await page.GetByLabel("Mật khẩu").FillAsync("Thu@2026-Hai-x");
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo tài khoản cv.moi");
        await Expect(page.GetByTestId("users-table")).ToContainTextAsync("Lý Thị Thu");
        await BrowserFixture.ScreenshotAsync(page, "07-danh-sach-tai-khoan");
    }

    [Fact]
    public async Task WrongPassword_ShowsVietnameseMessage()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "chutich", "sai-mat-khau");
        await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Phone_TreeFitsTheScreenAndMenuOpens()
    {
        var page = await fixture.SignedInPageAsync("chutich", 375, 740, land: false);
        await page.GotoAsync("/Organisation");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        overflow.ShouldBeFalse();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tổ chức", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ủy quyền" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "08-dien-thoai");
    }
}
