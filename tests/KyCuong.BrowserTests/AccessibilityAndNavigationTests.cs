using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// axe-core over every page each role reaches by following links from its home page (0 serious or critical violations; the
/// screenshots of the other browser tests run the same check on the states they set up), the navigation on one line at 1366 px
/// and behind the menu button on a phone, and the favicon.
/// </summary>
[Collection("browser-b")]
public sealed partial class AccessibilityAndNavigationTests(BrowserFixture fixture)
{
    /// <summary>
    /// Every demo account (README "Demo accounts"), so every role's navigation is seen; the people who act on tasks come first, so
    /// the pages are checked with their action forms, and the administrator last, for the pages only it reaches.
    /// </summary>
    private static readonly string[] Accounts =
    [
        "chuyenvien", "truongphong.cchc", "giamdoc.snv", "vanthu", "theodoi", "thanhtra", "chutich", "phochutich", "chuyenvien.tcbc",
        "giamdoc.sct", "giamdoc.stp", "admin",
    ];

    /// <summary>Bounds each account's walk (two shared cores): pages of a kind another account already checked are not checked again.</summary>
    private const int MaxPagesPerAccount = 72;

    /// <summary>How many accounts walk at once (each lane takes every third account, in the order above).</summary>
    private const int Lanes = 3;

    [Fact]
    public async Task EveryPageOfEveryRole_HasNoSeriousOrCriticalAxeViolation()
    {
        var failures = new List<string>();
        var seenKinds = new HashSet<string>(StringComparer.Ordinal);
        var allKinds = new HashSet<string>(StringComparer.Ordinal);
        var visited = 0;

        // Before signing in: the sign-in page.
        var anonymous = await fixture.NewPageAsync();
        await anonymous.GotoAsync("/Account/Login");
        failures.AddRange((await BrowserFixture.AxeViolationsAsync(anonymous)).Select(v => $"(anonymous) /Account/Login: {v}"));
        await anonymous.Context.CloseAsync();

        // The accounts walk in lanes side by side (one browser page each), so the walk's waits overlap; the kinds already
        // checked are shared by the lanes, so each kind is still checked once, by whichever account reaches it first.
        var lanes = Enumerable.Range(0, Lanes).Select(lane => Task.Run(async () =>
        {
            foreach (var account in Accounts.Where((_, i) => i % Lanes == lane))
            {
                await WalkAsync(account);
            }
        }));
        await Task.WhenAll(lanes);

        async Task WalkAsync(string account)
        {
            var page = await fixture.NewPageAsync(1366, 768);
            await BrowserFixture.SignInAsync(page, account);
            // The sign-in lands on the home page, the walk's first page: it is checked as it is, not loaded a second time.
            await page.WaitForURLAsync(fixture.BaseUrl + "/");
            var onHome = true;
            // Links to kinds of page nobody has checked yet go first, so the bounded walk spends its budget on new kinds (a page
            // reached only through a record's details, such as a print view, is not crowded out when modules add menus).
            var fresh = new Queue<string>(["/"]);
            var queue = new Queue<string>();
            var mine = new HashSet<string>(StringComparer.Ordinal);
            var checkedHere = 0;
            var navigations = 0;
            var fetched = 0;
            while ((fresh.Count > 0 || queue.Count > 0) && checkedHere < MaxPagesPerAccount && navigations < 2 * MaxPagesPerAccount)
            {
                var url = fresh.Count > 0 ? fresh.Dequeue() : queue.Dequeue();
                var kind = PageKinds.Of(url);
                // Each account checks its home page (its own menus); any other kind of page is checked once, by the first account
                // that reaches it (same template, same rules), which keeps the walk to a few minutes. A page of a kind already
                // checked is still opened for its links (it may list what this account alone can reach).
                if (!mine.Add(kind))
                {
                    continue;
                }

                bool check;
                lock (seenKinds)
                {
                    check = kind == "/" || seenKinds.Add(kind);
                }

                if (!check && IsRecordPage(kind))
                {
                    // A list or a details page another account already checked: its links are records of the same kinds.
                    continue;
                }

                navigations++;
                string[] links;
                if (check)
                {
                    if (!(onHome && url == "/"))
                    {
                        var response = await page.GotoAsync(url);
                        if (response is null || !page.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal))
                        {
                            continue;
                        }
                    }

                    onHome = false;
                    checkedHere++;
                    Interlocked.Increment(ref visited);
                    var found = await BrowserFixture.AxeViolationsAsync(page);
                    lock (failures)
                    {
                        allKinds.Add(kind);
                        failures.AddRange(found.Select(v => $"({account}) {url}: {v}"));
                    }

                    links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
                }
                else
                {
                    // A page of a kind another account already checked is opened only for its links: its HTML is fetched with
                    // this account's cookies instead of being loaded and rendered in Chromium (no script of the application
                    // adds a link, so the served HTML holds the same links the rendered page would).
                    var response = await page.Context.APIRequest.GetAsync(url);
                    if (!response.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    links = LinksIn(await response.TextAsync(), response.Url);
                    fetched++;
                }

                foreach (var link in links)
                {
                    if (Follow(link) is { } next)
                    {
                        bool seen;
                        lock (seenKinds)
                        {
                            seen = seenKinds.Contains(PageKinds.Of(next));
                        }

                        (seen ? queue : fresh).Enqueue(next);
                    }
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{account}: {checkedHere} checked, {navigations} opened ({fetched} of them fetched for their links only), {fresh.Count + queue.Count} left");
            await page.Context.CloseAsync();
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
        TestContext.Current.TestOutputHelper?.WriteLine($"axe walk: {visited} pages, {allKinds.Count} kinds: {string.Join(", ", allKinds.Order(StringComparer.Ordinal))}");
        visited.ShouldBeGreaterThan(40);
        string[] expected = ["/", "/Tasks", "/Tasks/Dashboard", "/Tasks/Details/{id}", "/Tasks/Print/{id}", "/Tasks/Report", "/Documents?direction=incoming",
            "/Documents/Details/{id}", "/Documents/Print/{id}", "/Consultations", "/Organisation", "/Calendar", "/Admin/Users"];
        expected.Where(k => !allKinds.Contains(k)).ShouldBeEmpty();
    }

    /// <summary>The links of a page's served HTML, as the browser resolves them (<c>a.href</c>: absolute, entities decoded), in document order.</summary>
    private static string[] LinksIn(string html, string pageUrl)
    {
        var baseUri = new Uri(pageUrl);
        return AnchorHref().Matches(html)
            .Select(m => Uri.TryCreate(baseUri, System.Net.WebUtility.HtmlDecode(m.Groups["href"].Value).Trim(), out var target) ? target.AbsoluteUri : null)
            .OfType<string>()
            .ToArray();
    }

    [GeneratedRegex("""<a\s(?:[^>]*?\s)?href\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorHref();

    /// <summary>The same-origin page a link leads to, or null for what is not a page to check (sign-out, downloads, the API, anchors).</summary>
    private string? Follow(string href)
    {
        if (!href.StartsWith(fixture.BaseUrl + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var pathAndQuery = href[fixture.BaseUrl.Length..].Split('#')[0];
        string[] skip = ["/Account/Logout", "/api/", "/openapi", "/swagger", "/hubs/", "/lib/", "/css/", "/js/", "/favicon"];
        if (skip.Any(s => pathAndQuery.StartsWith(s, StringComparison.OrdinalIgnoreCase)) || pathAndQuery.Contains("handler=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return pathAndQuery;
    }

    /// <summary>Pages whose links lead only to pages of kinds they share with every account (records and their details):
    /// once checked by one account, opening them again for another finds nothing new.</summary>
    private static bool IsRecordPage(string kind) => kind.Contains("{id}", StringComparison.Ordinal);

    [Fact]
    public async Task Navigation_FitsOneLineAt1366_AndFoldsBehindTheMenuButtonOnAPhone()
    {
        // The administrator has the most menus.
        var page = await fixture.NewPageAsync(1366, 768);
        await BrowserFixture.SignInAsync(page, "admin");
        var nav = page.GetByTestId("main-nav");
        await Expect(nav.Locator(".navbar-toggler")).ToBeHiddenAsync();
        var box = (await nav.BoundingBoxAsync())!;
        box.Height.ShouldBeLessThanOrEqualTo(64); // one line of Bootstrap's navbar (56 px), not two
        var tops = await nav.EvaluateAsync<double[]>(
            "n => [...n.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item, [data-testid=inbox-link], [data-testid=current-user], form')].map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))");
        tops.Length.ShouldBeGreaterThan(8);
        (tops.Max() - tops.Min()).ShouldBeLessThanOrEqualTo(4);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "97-dieu-huong-1366");

        // A menu opens and its item leads to the page.
        await nav.GetByRole(AriaRole.Button, new() { Name = "Quản trị", Exact = true }).ClickAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Tác vụ nền" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "97-dieu-huong-1366-menu-quan-tri");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Tác vụ nền" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Jobs$"));

        // The favicon is our SVG.
        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        icon.ShouldNotBeNull();
        icon.ShouldStartWith("/favicon.svg");
        var svg = await page.APIRequest.GetAsync(icon);
        svg.Status.ShouldBe(200);
        svg.Headers["content-type"].ShouldStartWith("image/svg+xml");
        await page.Context.CloseAsync();

        // On a phone: the bar is one line with the menu button; the menu folds open, a group opens, its item works.
        var phone = await fixture.NewPageAsync(390, 844);
        await BrowserFixture.SignInAsync(phone, "vanthu");
        var bar = phone.GetByTestId("main-nav");
        (await bar.BoundingBoxAsync())!.Height.ShouldBeLessThanOrEqualTo(64);
        await Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" })).ToBeHiddenAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        // Bootstrap's collapse is still growing (class "collapsing", overflow hidden) for a moment after the click: a click on a
        // group then scrolls the half-open menu, and the screenshot shows it cut off. It is open when it has "show".
        await Expect(bar.Locator("#mainNav")).ToHaveClassAsync(new Regex(@"(^|\s)show(\s|$)"));
        await bar.GetByRole(AriaRole.Button, new() { Name = "Văn bản", Exact = true }).ClickAsync();
        await Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Văn bản đến" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, "98-dien-thoai-dieu-huong-mo");
        await bar.GetByRole(AriaRole.Link, new() { Name = "Văn bản đến" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/Documents\\?direction=incoming$"));
        await phone.Context.CloseAsync();
    }
}
