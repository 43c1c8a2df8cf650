using System.Net;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>
/// The caller's place (ICallerPlace), read once per request with the grants, and the one rule "the caller manages this person"
/// (docs/domain.md §4 "Who manages a person") that Evaluation and Inspections each apply with their own rule of what a manager sees.
/// </summary>
public abstract class CallerPlaceTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
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
}

[Collection("sqlite")]
public sealed class SqliteCallerPlaceTests(SqliteApp app) : CallerPlaceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresCallerPlaceTests(PostgresApp app) : CallerPlaceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
