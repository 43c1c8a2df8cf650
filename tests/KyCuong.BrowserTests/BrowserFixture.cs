using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>The real host on Kestrel (random port, its own SQLite file, demo world, manual clock) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _dbFile = Path.Combine(Path.GetTempPath(), $"kycuong-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public HostFactory Factory { get; private set; } = null!;

    /// <summary>
    /// The local edXML hub (docs/domain.md "edXML exchange") the host hands its envelopes and status messages to; it delivers them back
    /// to this host's inbox with <see cref="HubDelivery"/> (none until a test gives it one: 404 at the hub).
    /// </summary>
    internal KyCuong.Web.Modules.Exchange.Hub.LocalEdXmlHub Hub { get; private set; } = null!;

    /// <summary>The account the hub delivers with (an administrator's API client, set by the exchange test).</summary>
    public HttpClient? HubDelivery { get; set; }

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

    // The demo world is seeded once per run into a template file; each collection's host starts on a copy of it (its
    // migrations and seeders then find nothing to do), instead of seeding the same world again in every collection.
    private static readonly Lazy<Task<string>> Template = new(BuildTemplateAsync);

    private static async Task<string> BuildTemplateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kycuong-browser-template-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file}";
        // Seeding sends nothing through the exchange hub: the template's host is given an address nothing listens on.
        await using (var factory = new HostFactory(connectionString, "http://127.0.0.1:9/"))
        {
            factory.StartServer();
        }

        // Close the host's pooled connections and fold the write-ahead log into the file, so the file alone is the database.
        using (var conn = new Microsoft.Data.Sqlite.SqliteConnection(connectionString))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(conn);
            await conn.OpenAsync();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await cmd.ExecuteNonQueryAsync();
        }

        using (var conn = new Microsoft.Data.Sqlite.SqliteConnection(connectionString))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(conn);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        };
        return file;
    }

    public async ValueTask InitializeAsync()
    {
        File.Copy(await Template.Value, _dbFile);
        Hub = new KyCuong.Web.Modules.Exchange.Hub.LocalEdXmlHub(_ => HubDelivery);
        await Hub.StartAsync();
        Factory = new HostFactory($"Data Source={_dbFile}", Hub.BaseUrl);
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// <c>CHROMIUM_PATH</c>, else Debian's old headless shell (package chromium-headless-shell: the lighter headless build
    /// Playwright itself prefers, docs/performance.md "The test suite's CPU, third pass"), else Debian's full Chromium.
    /// </summary>
    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path
        : File.Exists("/usr/lib/chromium/chromium-headless-shell") ? "/usr/lib/chromium/chromium-headless-shell"
        : "/usr/bin/chromium";

    // The contexts this fixture opened and which test opened each. The tests of a collection run one after another, so a
    // context still open when another test asks for a page was left open by an earlier test: its page would otherwise stay
    // loaded in its own renderer (its notification badge connected to the host) until the collection ends.
    private readonly List<(string? Test, IBrowserContext Context)> _contexts = [];
    private readonly Lock _contextsLock = new(); // a test may open pages from several tasks at once (the accessibility walk's lanes)

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var test = TestContext.Current.Test?.UniqueID;
        await CloseContextsLeftOpenAsync(test);
        var page = await NewContextPageAsync(width, height);
        lock (_contextsLock)
        {
            _contexts.Add((test, page.Context));
        }

        return page;
    }

    private async Task CloseContextsLeftOpenAsync(string? test)
    {
        List<(string? Test, IBrowserContext Context)> left;
        lock (_contextsLock)
        {
            left = _contexts.Where(c => c.Test != test).ToList();
            _contexts.RemoveAll(c => c.Test != test);
        }

        foreach (var (_, leftContext) in left)
        {
            await CloseQuietlyAsync(leftContext); // a no-op for a context its test closed itself
        }
    }

    // Signed-in pages kept across the tests of the collection, one per account and window size. A test that opens a fresh
    // context pays for a new renderer process and a sign-in (the sign-in page, its POST, the home page): about 1.5 CPU
    // seconds of Chromium and the host on this machine, against about 0.2 for a navigation in a page already open
    // (docs/performance.md "The browser tests' signed-in pages"). The tests of a collection run one after another, so a
    // kept page is lent to one test at a time; a test that asks twice for the same account and size gets a fresh page the
    // second time.
    private sealed class KeptPage(IPage page)
    {
        public IPage Page { get; } = page;

        public string? LentTo { get; set; }

        public long LastUsed { get; set; }
    }

    private readonly Dictionary<(string User, int Width, int Height), KeptPage> _kept = [];
    private long _uses;
    private const int MaxKeptPages = 12;

    /// <summary>
    /// A page signed in as <paramref name="userName"/> at the given size: the one this collection keeps for that account and
    /// size when there is one (checked to be still signed in: a test may have moved the host's clock past the cookie's
    /// life), else a new context signed in through the form. With <paramref name="land"/> the page shows the home page, as
    /// a sign-in leaves it; without, it shows whatever it showed last, for a test whose next step is to open a page itself.
    /// The test must not close its context (the collection closes kept pages at its end).
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string userName, int width = 1280, int height = 900, bool land = true)
    {
        var test = TestContext.Current.Test?.UniqueID;
        await CloseContextsLeftOpenAsync(test);
        var key = (userName, width, height);
        KeptPage? kept;
        List<KeptPage> evicted = [];
        lock (_contextsLock)
        {
            if (_kept.TryGetValue(key, out kept) && kept.Page.IsClosed)
            {
                _kept.Remove(key);
                kept = null;
            }

            if (kept is not null && kept.LentTo == test)
            {
                kept = null; // this test already holds the kept page of this account and size: a fresh page below
            }
            else if (kept is null)
            {
                // Room for a new kept page: the least recently used ones not held by this test are closed.
                while (_kept.Count >= MaxKeptPages && _kept.Where(k => k.Value.LentTo != test).OrderBy(k => k.Value.LastUsed).FirstOrDefault() is { Value: not null } oldest)
                {
                    _kept.Remove(oldest.Key);
                    evicted.Add(oldest.Value);
                }
            }

            if (kept is not null)
            {
                kept.LentTo = test;
                kept.LastUsed = ++_uses;
            }
        }

        foreach (var old in evicted)
        {
            await CloseQuietlyAsync(old.Page.Context);
        }

        if (kept is null)
        {
            var fresh = await NewContextPageAsync(width, height);
            await SignInAsync(fresh, userName);
            lock (_contextsLock)
            {
                if (!_kept.ContainsKey(key))
                {
                    _kept[key] = new KeptPage(fresh) { LentTo = test, LastUsed = ++_uses };
                }
                else
                {
                    _contexts.Add((test, fresh.Context)); // a second page of the same account and size: closed when the next test starts
                }
            }

            return fresh;
        }

        // What a test may have set on the page itself goes back to how a new page starts: the print media some tests emulate
        // (the screen's navigation and breadcrumbs are hidden under it) and the window's size.
        var page = kept.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Null });
        if (page.ViewportSize is not { } size || size.Width != width || size.Height != height)
        {
            await page.SetViewportSizeAsync(width, height);
        }

        // Still signed in? A request from the context (its cookies, no page rendered) that is sent to the sign-in page is not.
        var check = await page.Context.APIRequest.GetAsync("/", new() { MaxRedirects = 0 });
        var signedOut = check.Status is >= 300 and < 400;
        await check.DisposeAsync();
        if (signedOut)
        {
            await SignInAsync(page, userName);
        }
        else if (land)
        {
            await page.GotoAsync("/");
        }

        return page;
    }

    private async Task<IPage> NewContextPageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    private static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // already gone with its browser: nothing left to close
        }
    }

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>
    /// Runs axe-core (every rule it has, WCAG 2.0/2.1 A and AA and best practices) on the page as it is now and answers its serious
    /// and critical violations, one line each with the rule, what it asks and the first offending elements.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        // axe-core is evaluated into the page only when a page is checked (half a megabyte of script, not parsed on every
        // navigation): evaluation through the DevTools protocol is not subject to the pages' CSP (script-src 'self'), which
        // rightly refuses an injected script tag, and the application never serves axe itself.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        return await page.EvaluateAsync<string[]>("""
            async () => {
                const r = await axe.run(document, { resultTypes: ['violations'] });
                return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v =>
                    `${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\s+/g, ' ') + ']' : '')).join(' | ')}`);
            }
            """);
    }

    /// <summary>Fails with axe's own words when the page has a serious or critical accessibility violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string? name = null)
    {
        var violations = await AxeViolationsAsync(page);
        if (violations.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"axe-core: {violations.Count} serious or critical violation(s) on {name ?? page.Url}:\n" + string.Join("\n", violations));
        }
    }

    /// <summary>The HTTP API of the running host as <paramref name="userName"/> (bearer token), to set up what a test then looks at.</summary>
    public async Task<HttpClient> ApiAsync(string userName, string password = "KyCuong@2026")
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task SignInAsync(IPage page, string userName, string password = "KyCuong@2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        // The main frame's answers from the POST on, so that a sign-in that does not leave the sign-in page says where it went
        // (a bounce back to the sign-in page, a redirect nobody followed, a slow home page) instead of only timing out.
        var answers = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Record(object? sender, IResponse r)
        {
            if (r.Request.IsNavigationRequest && r.Frame == page.MainFrame)
            {
                answers.Enqueue($"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} {r.Request.Method} {new Uri(r.Url).PathAndQuery} → {r.Status}" + (r.Headers.TryGetValue("location", out var to) ? $" (Location: {to})" : ""));
            }
        }

        page.Response += Record;
        try
        {
            var answer = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync(),
                r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase));
            if (answer.Status is >= 300 and < 400)
            {
                // Signed in: the page the sign-in leads to is loaded before the test goes on. A click on the navigation while it was
                // still loading was lost with the page it landed on (the test then found the home page where it expected its own).
                // Its scripts (the menu's) have run at DOMContentLoaded; the "load" event may wait on the page's own later requests.
                try
                {
                    await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase),
                        new() { WaitUntil = WaitUntilState.DOMContentLoaded });
                }
                catch (TimeoutException e)
                {
                    throw new TimeoutException(
                        $"{userName}: signed in (POST → {answer.Status}) but the page stayed at {page.Url}; the main frame's answers since the POST:\n"
                        + string.Join("\n", answers), e);
                }
            }
        }
        finally
        {
            page.Response -= Record;
        }
    }

    /// <summary>The states of page the screenshots have already had checked by axe-core in this run.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> AxeCheckedStates = new(StringComparer.Ordinal);

    /// <summary>
    /// Saves a screenshot of the page and checks it with axe-core, once for each state of each kind of page: the kind
    /// (<see cref="PageKinds"/>), phone or desktop width, and which messages, invalid fields, dialogs and open menus it shows.
    /// An axe run costs about twice the screenshot, and the same template in the same state gives the same answer; a test
    /// that needs the check on its page whatever came before calls <see cref="AssertAccessibleAsync"/>. Set
    /// <c>AXE_EVERY_SCREENSHOT=1</c> to check every screenshot.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });
        await AssertNoSidewaysScrollAsync(page, name);
        var state = await page.EvaluateAsync<string>("""
            () => [window.innerWidth < 768 ? 'phone' : 'desktop',
                   ...['.alert', '.is-invalid', '.invalid-feedback', '[role=alert]', '[role=status]', 'dialog[open]', '.modal.show',
                       '.dropdown-menu.show', '.navbar-collapse.show', 'details[open]', 'form', 'table']
                     .map(s => document.querySelectorAll(s).length)].join('|')
            """);
        var key = PageKinds.Of(new Uri(page.Url).PathAndQuery) + "|" + state;
        if (AxeCheckedStates.TryAdd(key, 0) || Environment.GetEnvironmentVariable("AXE_EVERY_SCREENSHOT") == "1")
        {
            await AssertAccessibleAsync(page, $"{name} ({page.Url})");
        }
    }

    /// <summary>
    /// On a phone (narrower than Bootstrap's md, 768 px) the page must not be wider than the screen: a civil servant who has to
    /// scroll sideways misses the columns and buttons on the right. Wide tables scroll inside their own box
    /// (<c>.table-responsive</c>); anything else that sticks out fails the test with the elements that do, so a screenshot
    /// no longer has to be measured by eye to find it.
    /// </summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<string>("""
            () => {
              const w = window.innerWidth;
              if (w >= 768 || document.documentElement.scrollWidth <= w) return '';
              const out = [];
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > w + 0.5 && out.length < 8)
                  out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ` (right ${Math.round(r.right)} px)`);
              }
              return `${document.documentElement.scrollWidth} px wide at ${w} px: ` + out.join(', ');
            }
            """);
        overflow.ShouldBeEmpty($"{name} ({page.Url}) scrolls sideways on a phone");
    }

    /// <summary>Opens a menu of the main navigation and follows one of its items (the bar groups items by area).</summary>
    public static async Task NavigateAsync(IPage page, string menu, string item)
    {
        var nav = page.GetByTestId("main-nav");
        var toggler = nav.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync() && !await nav.Locator("#mainNav").IsVisibleAsync())
        {
            await toggler.ClickAsync();
            // On a phone the menu unfolds with Bootstrap's collapse; a group clicked while it still grows may be scrolled away
            // under the pointer. It is open when it has "show".
            await Expect(nav.Locator("#mainNav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"(^|\s)show(\s|$)"));
        }

        await nav.GetByRole(AriaRole.Button, new() { Name = menu, Exact = true }).Or(nav.GetByRole(AriaRole.Link, new() { Name = menu, Exact = true })).First.ClickAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
        await Hub.DisposeAsync();
        HubDelivery?.Dispose();
        foreach (var f in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm" })
        {
            if (File.Exists(f))
            {
                File.Delete(f);
            }
        }
    }

    public sealed class HostFactory(string connectionString, string hubUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Clock:Mode", "Manual");
            builder.UseSetting("Clock:Start", "2026-02-03T09:00:00+07:00");
            builder.UseSetting("RateLimit:SignInPerMinute", "1000");
            builder.UseSetting("Webhooks:AllowPrivateTargets", "true"); // the webhook page's receiver listens on loopback
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // Password hashes at the integration tests' test-only cost (KyCuongFactory): every test signs in, often several times.
            builder.UseSetting("Auth:PasswordHashIterations", "1000");
            builder.UseSetting("Exchange:HubUrl", hubUrl);
            // No LibreOffice pre-warm at each host's start (two conversions, about 5 CPU seconds each, for every collection's host
            // and the template's), as in the integration tests' hosts: the pages that export a PDF pay the first start themselves.
            builder.UseSetting("Pdf:Prewarm", "false");
            // The demo world is seeded by default only in Development: the browser tests ask for it explicitly.
            builder.UseSetting("Demo:Seed", "true");
        }
    }
}

/// <summary>
/// The browser tests run as two collections side by side (and the clock-moving one), each with its own host, copy of the
/// demo database and Chromium, so that one test's waits (navigation, the page's scripts, the host answering) leave the
/// cores to the other's work. A new test class joins the smaller collection.
/// </summary>
[CollectionDefinition("browser")]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>;

[CollectionDefinition("browser-b")]
public sealed class BrowserGroupB : ICollectionFixture<BrowserFixture>;

/// <summary>
/// A test that sets the host's clock months ahead leaves notices, votes and audit rows dated in that future; on a shared host
/// they would sort above what the next test creates after the clock is set back (an inbox's newest first). Such a test gets a
/// host of its own.
/// </summary>
[CollectionDefinition("browser-clock")]
public sealed class BrowserGroupClock : ICollectionFixture<BrowserFixture>;
