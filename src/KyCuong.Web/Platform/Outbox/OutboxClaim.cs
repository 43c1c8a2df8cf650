using System.Data;
using System.Data.Common;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>
/// Takes a batch of due messages for one drainer by pushing their <see cref="OutboxMessage.AvailableAtUtc"/> out by a lease
/// and committing at once. Another drainer never sees a claimed message until the lease ends, which only happens when the
/// claiming node died before finishing it: nothing is lost, and handlers are idempotent on the key, so nothing is doubled.
/// </summary>
internal static class OutboxClaim
{
    public static async Task<IReadOnlyList<Guid>> ClaimAsync(AppDbContext db, DatabaseKind database, DateTime now, DateTime leaseEnd, int batchSize, CancellationToken ct)
    {
        return database.IsPostgres
            ? await ClaimPostgresAsync(db, now, leaseEnd, batchSize, ct)
            : await ClaimSingleNodeAsync(db, now, leaseEnd, batchSize, ct);
    }

    /// <summary>
    /// PostgreSQL: one statement; <c>FOR UPDATE SKIP LOCKED</c> lets two nodes claim at the same moment without waiting on
    /// each other and without taking the same row (ADR 0006).
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> ClaimPostgresAsync(AppDbContext db, DateTime now, DateTime leaseEnd, int batchSize, CancellationToken ct)
    {
        const string sql = """
            UPDATE sys_outbox SET "AvailableAtUtc" = @leaseEnd
            WHERE "Id" IN (
                SELECT "Id" FROM sys_outbox
                WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL AND "AvailableAtUtc" <= @now
                ORDER BY "AvailableAtUtc", "Id"
                LIMIT @batch
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id"
            """;
        var conn = db.Database.GetDbConnection();
        var opened = conn.State != ConnectionState.Open;
        if (opened)
        {
            await conn.OpenAsync(ct);
        }

        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            AddParameter(cmd, "now", now);
            AddParameter(cmd, "leaseEnd", leaseEnd);
            AddParameter(cmd, "batch", batchSize);
            var ids = new List<Guid>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }

            return ids;
        }
        finally
        {
            if (opened)
            {
                await conn.CloseAsync();
            }
        }
    }

    /// <summary>SQLite is the single-node edition (one drainer under the in-process job lock): an ordered read, then a conditional update per message.</summary>
    private static async Task<IReadOnlyList<Guid>> ClaimSingleNodeAsync(AppDbContext db, DateTime now, DateTime leaseEnd, int batchSize, CancellationToken ct)
    {
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.AvailableAtUtc <= now)
            .OrderBy(m => m.AvailableAtUtc).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.AvailableAtUtc })
            .Take(batchSize)
            .ToListAsync(ct);
        var claimed = new List<Guid>(due.Count);
        foreach (var m in due)
        {
            var rows = await db.OutboxMessages
                .Where(x => x.Id == m.Id && x.ProcessedAtUtc == null && x.FailedAtUtc == null && x.AvailableAtUtc == m.AvailableAtUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.AvailableAtUtc, leaseEnd), ct);
            if (rows == 1)
            {
                claimed.Add(m.Id);
            }
        }

        return claimed;
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
