using System.Net;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>
/// The caller's place (ICallerPlace), read once per request with the grants, and the one rule "the caller manages this person"
/// (docs/domain.md §4 "Who manages a person") that Evaluation and Inspections each apply with their own rule of what a manager sees.
/// </summary>
public abstract partial class CallerPlaceTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    /// <summary>
    /// Statements of a plain page (the calendar, warm) at most: the page's own, the account with its name, positions with their units,
    /// delegations, the ancestors of the caller's units, the offices under the caller's units (a leader), the navigation's count of
    /// eight lists of four modules in one statement, the inbox.
    /// </summary>
    private const int PlainPageStatements = 8;

    [Fact]
    public async Task PlainPage_ReadsTheCallersPositionsOnce_AndTheNavigationsCountInOneStatement()
    {
        var recorder = new CommandRecorder();
        await using var factory = new KyCuongFactory(App.Factory.Database, demoSeed: false);
        await using var host = factory.WithWebHostBuilder(w => w.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(recorder)));
        foreach (var user in new[] { "chuyenvien", "truongphong.cchc", "chutich", "vanthu" })
        {
            using var client = await SignedInAsync(host, user);
            (await client.GetAsync("/Calendar", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // warm: the calendar's cache, the JIT

            var mark = recorder.Count;
            var page = await client.GetAsync("/Calendar", Ct);
            var statements = recorder.Since(mark);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            TestContext.Current.TestOutputHelper?.WriteLine($"{user}: {statements.Count} statements\n{string.Join("\n---\n", statements)}");

            statements.Count(s => s.Contains("org_positions", StringComparison.Ordinal)).ShouldBe(1, $"{user}: the caller's positions are read once per request");
            statements.Count(s => s.Contains("task_tasks", StringComparison.Ordinal)).ShouldBe(1, $"{user}: the four task totals are one statement");
            // The navigation's count: the task lists, the documents presented, the consultations to answer, the submissions to review
            // and the acknowledgements due, counted together in one statement (docs/performance.md "The navigation's count in one statement").
            var count = statements.Single(s => s.Contains("task_tasks", StringComparison.Ordinal));
            foreach (var table in new[] { "doc_documents", "csl_participants", "sub_submissions", "doc_ack_campaigns" })
            {
                count.ShouldContain(table, Case.Sensitive, $"{user}: the navigation's count reads {table} in the same statement as the task lists");
            }

            statements.Count(s => s.Contains("csl_participants", StringComparison.Ordinal)).ShouldBe(1, $"{user}: the consultations are counted in the one statement");
            statements.Count.ShouldBeLessThanOrEqualTo(PlainPageStatements, $"{user}: statements of a plain page");
        }
    }

    [Fact]
    public async Task HomePage_ReadsTheCallersAccountPositionsAndDelegationsOnce_ForTheAccessChecksAndTheGrantsItShows()
    {
        // The home page shows the person's grants (GET /api/v1/me's answer) beside what waits for them; the request's access checks
        // have read the same account, positions and delegations, so the grants are built from that one read.
        var recorder = new CommandRecorder();
        await using var factory = new KyCuongFactory(App.Factory.Database, demoSeed: false);
        await using var host = factory.WithWebHostBuilder(w => w.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(recorder)));
        foreach (var user in new[] { "chuyenvien", "vanthu", "chutich" })
        {
            using var client = await SignedInAsync(host, user);
            (await client.GetAsync("/", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // warm

            var mark = recorder.Count;
            var page = await client.GetAsync("/", Ct);
            var statements = recorder.Since(mark);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            TestContext.Current.TestOutputHelper?.WriteLine($"{user}: {statements.Count} statements\n{string.Join("\n---\n", statements)}");

            statements.Count(s => s.Contains("FROM org_delegations", StringComparison.Ordinal) || s.Contains("FROM \"org_delegations\"", StringComparison.Ordinal))
                .ShouldBe(1, $"{user}: the caller's delegations are read once per request");
            statements.Count(s => s.Contains("FROM org_users", StringComparison.Ordinal) || s.Contains("FROM \"org_users\"", StringComparison.Ordinal))
                .ShouldBe(1, $"{user}: the caller's account is read once per request");
            statements.Count(s => Regex.IsMatch(s, @"FROM ""?org_positions""? AS ""?\w+""?\s+(INNER JOIN ""?org_units""? AS ""?\w+""? ON ""?\w+""?\.""UnitId"" = ""?\w+""?\.""Id""\s+)?WHERE ""?\w+""?\.""UserId"" = "))
                .ShouldBe(1, $"{user}: the caller's positions are read once per request");
        }
    }

    /// <summary>A client of <paramref name="host"/> signed in through the sign-in page, as a browser would (cookie, no token).</summary>
    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> host, string user)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login", Ct);
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(login).Groups[1].Value,
        }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task NonManagers_CannotReadAPersonsEvaluationOrFindings_ThroughTheOneManagerRule()
    {
        var director = await UserIdAsync("giamdoc.snv");
        var specialist = await UserIdAsync("chuyenvien");

        async Task<HttpStatusCode> StatusAsync(string caller, string url)
        {
            using var client = await App.ClientForAsync(caller);
            return (await client.GetAsync(url, Ct)).StatusCode;
        }

        string Evaluation(Guid person) => $"/api/v1/users/{person}/evaluation?period=2026";
        string Findings(Guid person) => $"/api/v1/inspections/findings?personUserId={person}&from=2026-01-01&to=2026-12-31";

        // Managers (AssignWork on the unit the person works in, or on the unit above for a head): both modules answer.
        foreach (var (caller, person) in new[] { ("giamdoc.snv", specialist), ("truongphong.cchc", specialist), ("chutich", director), ("phochutich", director) })
        {
            (await StatusAsync(caller, Evaluation(person))).ShouldBe(HttpStatusCode.OK, $"{caller} manages the person: evaluation");
            (await StatusAsync(caller, Findings(person))).ShouldBe(HttpStatusCode.OK, $"{caller} manages the person: findings");
        }

        // Not managers: the division's head of their own director (a head is managed from the unit above), the director's specialist,
        // another department's director, the deputy chairman (a deputy never manages their own head): 404 on both.
        foreach (var (caller, person) in new[] { ("truongphong.cchc", director), ("chuyenvien", director), ("giamdoc.sct", specialist), ("phochutich", await UserIdAsync("chutich")) })
        {
            (await StatusAsync(caller, Evaluation(person))).ShouldBe(HttpStatusCode.NotFound, $"{caller} does not manage the person: evaluation");
            (await StatusAsync(caller, Findings(person))).ShouldBe(HttpStatusCode.NotFound, $"{caller} does not manage the person: findings");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

}

[Collection("sqlite")]
public sealed class SqliteCallerPlaceTests(SqliteApp app) : CallerPlaceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresCallerPlaceTests(PostgresApp app) : CallerPlaceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
