using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// The platform's bulk-append API for audit rows and outbox messages (what batch jobs such as the deadline sweep use instead
/// of writing the platform's tables themselves): the rows land with every column, in the caller's transaction.
/// </summary>
public abstract class BulkAppendTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void DatabaseKind_AgreesWithTheContextsProvider()
    {
        using var scope = app.Factory.Services.CreateScope();
        var kind = scope.ServiceProvider.GetRequiredService<DatabaseKind>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        kind.Provider.ShouldBe(app.Provider);
        kind.IsPostgres.ShouldBe(db.Database.IsNpgsql());
    }

    [Fact]
    public async Task Append_Committed_WritesEveryRowWithItsColumns()
    {
        var entity = Guid.NewGuid();
        var key = "bulk-test:" + entity;
        var at = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            var rows = Enumerable.Range(0, 250).Select(i => AuditLog.SystemEntry(at, "bulk.test", entity, "appended", new { i }, i == 0 ? "lý do" : null)).ToList();
            await sp.GetRequiredService<AuditLog>().AppendAsync(rows, Ct);
            var messages = Enumerable.Range(0, 250).Select(i => OutboxMessage.Create("no.such.topic", $"{key}:{i}", new { i }, at, at.AddHours(1))).ToList();
            await sp.GetRequiredService<IOutbox>().AppendAsync(messages, Ct);
            await tx.CommitAsync(Ct);
        }

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == entity).ToListAsync(Ct);
            audit.Count.ShouldBe(250);
            audit.ShouldAllBe(a => a.ActorName == AuditLog.SystemActor && a.ActorUserId == null && a.Action == "appended" && a.AtUtc == at);
            audit.Count(a => a.Reason == "lý do").ShouldBe(1);
            audit.Select(a => a.DataJson).Distinct().Count().ShouldBe(250);
            audit.ShouldContain(a => a.DataJson == "{\"i\":7}");

            var outbox = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(key)).ToListAsync(Ct);
            outbox.Count.ShouldBe(250);
            outbox.ShouldAllBe(m => m.Topic == "no.such.topic" && m.CreatedAtUtc == at && m.AvailableAtUtc == at.AddHours(1) && m.Attempts == 0 && m.ProcessedAtUtc == null);
            outbox.Single(m => m.IdempotencyKey == key + ":3").PayloadJson.ShouldBe("{\"i\":3}");
        }
    }

    [Fact]
    public async Task Append_RolledBack_LeavesNothing()
    {
        var entity = Guid.NewGuid();
        var key = "bulk-rollback:" + entity;
        var at = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            await sp.GetRequiredService<AuditLog>().AppendAsync([AuditLog.SystemEntry(at, "bulk.test", entity, "appended")], Ct);
            await sp.GetRequiredService<IOutbox>().AppendAsync([OutboxMessage.Create("no.such.topic", key, new { }, at)], Ct);
            await tx.RollbackAsync(Ct);
        }

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.AuditEntries.CountAsync(a => a.EntityId == entity, Ct)).ShouldBe(0);
            (await db.OutboxMessages.CountAsync(m => m.IdempotencyKey == key, Ct)).ShouldBe(0);
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteBulkAppendTests(SqliteApp app) : BulkAppendTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresBulkAppendTests(PostgresApp app) : BulkAppendTests<PostgresApp>(app), IClassFixture<PostgresApp>;
