using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace KyCuong.BrowserTests;

/// <summary>The real host on Kestrel (random port, its own SQLite file, demo world, manual clock) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _dbFile = Path.Combine(Path.GetTempPath(), $"kycuong-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public HostFactory Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDir
    {
        get
        {
            var dir = Path.Combine(Environment.GetEnvironmentVariable("TEST_ARTIFACTS") ?? Path.Combine(Path.GetTempPath(), "kycuong-artifacts"), "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async ValueTask InitializeAsync()
    {
        Factory = new HostFactory($"Data Source={_dbFile}");
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string userName, string password = "KyCuong@2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
        foreach (var f in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm" })
        {
            if (File.Exists(f))
            {
                File.Delete(f);
            }
        }
    }

    public sealed class HostFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Clock:Mode", "Manual");
            builder.UseSetting("Clock:Start", "2026-02-03T09:00:00+07:00");
            builder.UseSetting("RateLimit:SignInPerMinute", "1000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // The demo world is seeded by default only in Development: the browser tests ask for it explicitly.
            builder.UseSetting("Demo:Seed", "true");
        }
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>;
