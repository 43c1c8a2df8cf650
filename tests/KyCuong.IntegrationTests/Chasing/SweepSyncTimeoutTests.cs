using System.Collections.Concurrent;
using System.Diagnostics;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Chasing;

/// <summary>
/// The sweep's set-based synchronisation reads every watch and every open task; at national size one statement outlasts the
/// provider's default 30 s on a loaded server, which failed the whole sweep (and every sweep after it). Its statements run under
/// <c>Chasing:SyncTimeoutSeconds</c>, and the context's timeout is given back afterwards.
/// </summary>
public abstract class SweepSyncTimeoutTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    [Fact]
    public async Task Sweep_SyncStatements_RunUnderTheConfiguredTimeout_AndTheContextGetsItsOwnBack()
    {
        await using var host = new KyCuongFactory(App.Factory.Database, demoSeed: true, new Dictionary<string, string?> { ["Chasing:SyncTimeoutSeconds"] = "77" });
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = db.Database.GetCommandTimeout();
        var job = scope.ServiceProvider.GetServices<IBackgroundJob>().OfType<ChasingSweep>().Single();
        var seen = new ConcurrentQueue<(string Sql, int Timeout)>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new ListenerObserver(db, seen));

        await job.RunAsync(Ct);

        // SQLite's text quotes every name, PostgreSQL's only the columns.
        var sync = seen.Select(c => (Sql: c.Sql.Replace("\"", "", StringComparison.Ordinal).TrimStart(), c.Timeout))
            .Where(c => c.Sql.StartsWith("DELETE FROM chs_watches AS c", StringComparison.Ordinal) || c.Sql.StartsWith("UPDATE chs_watches AS c", StringComparison.Ordinal)).ToList();
        sync.Count.ShouldBeGreaterThanOrEqualTo(3, "the synchronisation's delete and two updates");
        sync.ShouldAllBe(c => c.Timeout == 77);
        db.Database.GetCommandTimeout().ShouldBe(before);
    }

    /// <summary>Entity Framework's diagnostic events of one context: each command's text and timeout as it is executed.</summary>
    private sealed class ListenerObserver(DbContext context, ConcurrentQueue<(string, int)> seen) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && ReferenceEquals(data.Context, context))
            {
                seen.Enqueue((data.Command.CommandText, data.Command.CommandTimeout));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteSweepSyncTimeoutTests(SqliteApp app) : SweepSyncTimeoutTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresSweepSyncTimeoutTests(PostgresApp app) : SweepSyncTimeoutTests<PostgresApp>(app), IClassFixture<PostgresApp>;
