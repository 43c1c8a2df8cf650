using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>Jobs run under a named lock, and every run is recorded for operators.</summary>
public abstract class JobTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The host's job lock itself: the tests hold it as another node would.</summary>
    private IJobLock Locks => app.Factory.Services.GetRequiredService<IJobLock>();

    [Fact]
    public async Task RunJobs_SealsAuditRows_AndRecordsTheRun()
    {
        using var admin = await app.ClientForAsync("admin");
        var root = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().First(u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Bộ thử tác vụ " + Guid.NewGuid().ToString("N")[..4], shortName = "BTT", parentId = root, kind = "ministry" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var seal = result.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == "audit.seal");
        seal.GetProperty("processed").GetInt32().ShouldBeGreaterThan(0);

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.CountAsync(a => a.Sequence == null, Ct)).ShouldBe(0);
        var run = await db.JobRuns.Where(r => r.Name == "audit.seal").OrderByDescending(r => r.StartedAtUtc).FirstAsync(Ct);
        run.Outcome.ShouldBe("succeeded");
        run.EndedAtUtc.ShouldNotBeNull();

        var again = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        again.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == "audit.seal").GetProperty("processed").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task RunJobs_LockHeldElsewhere_SkipsTheJob()
    {
        using var admin = await app.ClientForAsync("admin");
        var locks = Locks;
        await using (var held = await locks.TryAcquireAsync("audit.seal", Ct))
        {
            held.ShouldNotBeNull();
            (await locks.TryAcquireAsync("audit.seal", Ct)).ShouldBeNull();
            var before = await CountRunsAsync();
            var result = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            result.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == "audit.seal").GetProperty("processed").GetInt32().ShouldBe(0);
            (await CountRunsAsync()).ShouldBe(before);
        }

        await using var again = await locks.TryAcquireAsync("audit.seal", Ct);
        again.ShouldNotBeNull();
    }

    [Fact]
    public async Task JobLock_Released_LeavesNoAdvisoryLock_OnThePooledConnections()
    {
        // Pooled PostgreSQL connections go back without a session reset (DatabaseOptions.WithPostgresDefaults): the job lock
        // must live on a connection of its own, so no advisory lock survives its release, and a request's connection never
        // carries one.
        var locks = Locks;
        await using (var held = await locks.TryAcquireAsync("audit.seal", Ct))
        {
            held.ShouldNotBeNull();
            if (app.Provider == DatabaseProvider.Postgres)
            {
                (await AdvisoryLocksAsync()).ShouldBe(1);
            }
        }

        using var admin = await app.ClientForAsync("admin");
        (await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("jobs").GetArrayLength().ShouldBeGreaterThan(0);
        if (app.Provider == DatabaseProvider.Postgres)
        {
            (await AdvisoryLocksAsync()).ShouldBe(0);
        }

        await using var again = await locks.TryAcquireAsync("audit.seal", Ct);
        again.ShouldNotBeNull();
    }

    /// <summary>Advisory locks held in the test's database by any session, read on a connection of the test's own.</summary>
    private async Task<int> AdvisoryLocksAsync()
    {
        await using var conn = new Npgsql.NpgsqlConnection(app.Factory.Database.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*)::int FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()", conn);
        return (int)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    [Fact]
    public async Task JobsPage_AdministratorOnly()
    {
        using var specialist = await app.ClientForAsync("chuyenvien");
        await (await specialist.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<int> CountRunsAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.CountAsync(r => r.Name == "audit.seal", Ct);
    }
}

[Collection("sqlite")]
public sealed class SqliteJobTests(SqliteApp app) : JobTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresJobTests(PostgresApp app) : JobTests<PostgresApp>(app), IClassFixture<PostgresApp>;
