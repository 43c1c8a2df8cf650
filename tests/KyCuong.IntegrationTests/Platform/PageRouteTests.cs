using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// Every page answers at the URL it had before the pages moved into their modules (Modules/&lt;Module&gt;/Pages,
/// Platform/Web/Pages): the list below is the tree of the former src/KyCuong.Web/Pages folder.
/// </summary>
public abstract partial class PageRouteTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Province = "Ủy ban nhân dân tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The route templates of the pages before the move, page name → template.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PagesBeforeTheMove = new Dictionary<string, string[]>
    {
        ["/Index"] = ["Index", ""],
        ["/Error"] = ["Error"],
        ["/Account/AccessDenied"] = ["Account/AccessDenied"],
        ["/Account/Delegations"] = ["Account/Delegations"],
        ["/Account/Login"] = ["Account/Login"],
        ["/Account/Logout"] = ["Account/Logout"],
        ["/Admin/Jobs/Index"] = ["Admin/Jobs/Index", "Admin/Jobs"],
        ["/Admin/Outbox/Index"] = ["Admin/Outbox/Index", "Admin/Outbox"],
        ["/Admin/Units/Create"] = ["Admin/Units/Create"],
        ["/Admin/Units/Succession"] = ["Admin/Units/Succession/{id:guid}"],
        ["/Admin/Users/Create"] = ["Admin/Users/Create"],
        ["/Admin/Users/Edit"] = ["Admin/Users/Edit/{id:guid}"],
        ["/Admin/Users/Index"] = ["Admin/Users/Index", "Admin/Users"],
        ["/Calendar/Admin"] = ["Calendar/Admin"],
        ["/Calendar/Index"] = ["Calendar/Index", "Calendar"],
        ["/Chasing/Index"] = ["Chasing/Index", "Chasing"],
        ["/Chasing/Ladder"] = ["Chasing/Ladder"],
        ["/Chasing/Person"] = ["Chasing/Person/{userId:guid}"],
        ["/Competence/Admin"] = ["Competence/Admin"],
        ["/Competence/Index"] = ["Competence/Index", "Competence"],
        ["/Consultations/Create"] = ["Consultations/Create"],
        ["/Consultations/Details"] = ["Consultations/Details/{id:guid}"],
        ["/Consultations/Index"] = ["Consultations/Index", "Consultations"],
        ["/Consultations/Notice"] = ["Consultations/Notice/{id:guid}"],
        ["/Consultations/Record"] = ["Consultations/Record/{id:guid}"],
        ["/Documents/Details"] = ["Documents/Details/{id:guid}"],
        ["/Documents/Import"] = ["Documents/Import"],
        ["/Documents/Index"] = ["Documents/Index", "Documents"],
        ["/Documents/Print"] = ["Documents/Print/{id:guid}"],
        ["/Documents/Register"] = ["Documents/Register"],
        ["/Notifications/Index"] = ["Notifications/Index", "Notifications"],
        ["/Notifications/Settings"] = ["Notifications/Settings"],
        ["/Organisation/Index"] = ["Organisation/Index", "Organisation"],
        ["/Organisation/Unit"] = ["Organisation/Unit/{id:guid}"],
        ["/Submissions/Create"] = ["Submissions/Create"],
        ["/Submissions/Details"] = ["Submissions/Details/{id:guid}"],
        ["/Submissions/Index"] = ["Submissions/Index", "Submissions"],
        ["/Submissions/Review"] = ["Submissions/Review"],
        ["/Tasks/Cascade"] = ["Tasks/Cascade"],
        ["/Tasks/Create"] = ["Tasks/Create"],
        ["/Tasks/Dashboard"] = ["Tasks/Dashboard"],
        ["/Tasks/Details"] = ["Tasks/Details/{id:guid}"],
        ["/Tasks/Index"] = ["Tasks/Index", "Tasks"],
        ["/Tasks/Print"] = ["Tasks/Print/{id:guid}"],
        ["/Tasks/Report"] = ["Tasks/Report"],
    };

    [Fact]
    public void EveryPage_KeepsItsNameAndRoutes()
    {
        var pages = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .GroupBy(e => (string)e.Metadata.GetMetadata<PageActionDescriptor>()!.RouteValues["page"]!)
            .ToDictionary(g => g.Key, g => g.Select(e => e.RoutePattern.RawText!).Order(StringComparer.Ordinal).ToArray());
        // Every page that existed before the move keeps its name and routes; pages added since (new modules) may be added.
        PagesBeforeTheMove.Keys.Except(pages.Keys, StringComparer.Ordinal).ShouldBeEmpty();
        foreach (var (name, templates) in PagesBeforeTheMove)
        {
            pages[name].ShouldBe(templates.Order(StringComparer.Ordinal).ToArray(), name);
        }
    }

    [Fact]
    public async Task EveryPage_AnswersAnAdministrator()
    {
        using var api = await app.ClientForAsync("giamdoc.snv");
        using var adminApi = await app.ClientForAsync("admin");
        var task = await FirstIdAsync(adminApi, "/api/v1/tasks");
        var document = await FirstIdAsync(adminApi, "/api/v1/documents");
        var user = await FirstIdAsync(adminApi, "/api/v1/users");
        var unit = await app.UnitIdAsync(Snv);
        var consultation = (await (await api.PostAsJsonAsync("/api/v1/consultations", new
        {
            subject = "Dự thảo kế hoạch kiểm tra công vụ",
            proposal = "Ban hành kế hoạch kiểm tra công vụ năm 2026.",
            requesterUnitId = unit,
            consultedUnitIds = new[] { await app.UnitIdAsync(Sct) },
            workingDays = 5,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var submission = (await (await api.PostAsJsonAsync("/api/v1/submissions", new
        {
            title = "Đề nghị phê duyệt kế hoạch kiểm tra công vụ",
            submitterUnitId = unit,
            toUnitId = await app.UnitIdAsync(Province),
            legalBasis = "Nghị định 45/2025/NĐ-CP",
            competence = "Thuộc thẩm quyền quyết định của UBND tỉnh.",
            submitterView = "Sở Nội vụ thống nhất với dự thảo.",
            recommendation = "Đề nghị UBND tỉnh xem xét, phê duyệt.",
            options = Array.Empty<object>(),
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        string[] urls =
        [
            "/", "/Index", "/Error", "/Account/AccessDenied", "/Account/Delegations", "/Account/Login", "/Account/Logout",
            "/Admin/Jobs", "/Admin/Jobs/Index", "/Admin/Outbox", "/Admin/Outbox/Index", "/Admin/Units/Create", $"/Admin/Units/Succession/{unit}",
            "/Admin/Users", "/Admin/Users/Index", "/Admin/Users/Create", $"/Admin/Users/Edit/{user}",
            "/Calendar", "/Calendar/Index", "/Calendar/Admin",
            "/Chasing", "/Chasing/Index", "/Chasing/Ladder", $"/Chasing/Person/{user}",
            "/Competence", "/Competence/Index", "/Competence/Admin",
            "/Consultations", "/Consultations/Index", "/Consultations/Create", $"/Consultations/Details/{consultation}", $"/Consultations/Record/{consultation}",
            "/Documents", "/Documents/Index", "/Documents/Import", "/Documents/Register", $"/Documents/Details/{document}", $"/Documents/Print/{document}",
            "/Notifications", "/Notifications/Index", "/Notifications/Settings",
            "/Organisation", "/Organisation/Index", $"/Organisation/Unit/{unit}",
            "/Submissions", "/Submissions/Index", "/Submissions/Create", "/Submissions/Review", $"/Submissions/Details/{submission}",
            "/Tasks", "/Tasks/Index", "/Tasks/Create", "/Tasks/Cascade", "/Tasks/Dashboard", $"/Tasks/Details/{task}",
            $"/Tasks/Print/{task}", $"/Tasks/Report?unitId={unit}",
        ];

        using var admin = await SignInAsync("admin");
        var answers = new List<string>();
        foreach (var url in urls)
        {
            var response = await admin.GetAsync(url, Ct);
            // The access-denied page tells a signed-in user 403 by design; every other page renders or redirects.
            var expected = url == "/Account/AccessDenied" ? response.StatusCode == HttpStatusCode.Forbidden : response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect;
            if (!expected)
            {
                answers.Add($"{url}: {(int)response.StatusCode}");
            }
        }

        answers.ShouldBeEmpty();
    }

    private static async Task<Guid> FirstIdAsync(HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>A cookie session through the sign-in form (antiforgery token included), as a browser does.</summary>
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = token,
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection("sqlite")]
public sealed class SqlitePageRouteTests(SqliteApp app) : PageRouteTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresPageRouteTests(PostgresApp app) : PageRouteTests<PostgresApp>(app), IClassFixture<PostgresApp>;
