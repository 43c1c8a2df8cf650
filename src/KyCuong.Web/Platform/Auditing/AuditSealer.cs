using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// Seals new audit rows into the hash chain, in batches, in the order they are found (ADR 0004). Writers never wait
/// for each other on the chain; only this job orders rows. It runs under the job lock, and each batch commits with
/// conditional updates (a row already sealed is skipped), so two nodes cannot fork the chain.
/// A morning on which the deadline engine writes a million audit rows is sealed in minutes, not hours: the
/// unsealed rows are found through a partial index in chain order, and on PostgreSQL each batch is one
/// <c>UPDATE … FROM unnest(…)</c> instead of one statement per row.
/// </summary>
internal sealed class AuditSealer(AppDbContext db, DatabaseKind database, TimeProvider clock, AuditKey key, AuditCheckpoints checkpoints, ILogger<AuditSealer> logger) : IBackgroundJob
{
    public const int BatchSize = 10000;

    public string Name => "audit.seal";

    /// <summary>Last in every run, so it seals the history the other jobs wrote in the same run.</summary>
    public int Order => int.MaxValue;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var sealedNow = await SealBatchAsync(ct);
            total += sealedNow;
            if (sealedNow < BatchSize)
            {
                break;
            }
        }

        if (total > 0)
        {
            await CheckpointAsync(ct);
        }

        return total;
    }

    /// <summary>Anchors the head outside the database: the checkpoint file and the log (ADR 0004).</summary>
    private async Task CheckpointAsync(CancellationToken ct)
    {
        var head = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        checkpoints.Append(head.Sequence!.Value, head.Hash!, now);
        logger.LogInformation("Mốc nhật ký / Audit checkpoint: {Checkpoint}", checkpoints.Format(head.Sequence.Value, head.Hash!, now));
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null).OrderBy(a => a.AtUtc).ThenBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return 0;
        }

        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in batch)
        {
            sequence++;
            e.Sequence = sequence;
            e.PreviousHash = previous;
            e.Hash = AuditChain.HashOf(e, sequence, previous, key.Key);
            e.SealedAtUtc = now;
            previous = e.Hash;
        }

        // The unique index on Sequence, and the "still unsealed" condition, make a concurrent sealer's batch fail
        // instead of forking the chain.
        var updated = database.IsPostgres ? await UpdatePostgresAsync(batch, now, ct) : await UpdateAsync(batch, ct);
        if (updated != batch.Count)
        {
            throw new InvalidOperationException($"Another sealer sealed {batch.Count - updated} of these audit rows; the batch is rolled back.");
        }

        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return batch.Count;
    }

    private async Task<int> UpdateAsync(List<AuditEntry> batch, CancellationToken ct)
    {
        var updated = 0;
        foreach (var e in batch)
        {
            updated += await db.AuditEntries.Where(a => a.Id == e.Id && a.Sequence == null).ExecuteUpdateAsync(u => u
                .SetProperty(a => a.Sequence, e.Sequence)
                .SetProperty(a => a.PreviousHash, e.PreviousHash)
                .SetProperty(a => a.Hash, e.Hash)
                .SetProperty(a => a.SealedAtUtc, e.SealedAtUtc), ct);
        }

        return updated;
    }

    private async Task<int> UpdatePostgresAsync(List<AuditEntry> batch, DateTime now, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var cmd = new NpgsqlCommand(
            """
            UPDATE sys_audit AS a
            SET "Sequence" = u.seq, "PreviousHash" = u.prev, "Hash" = u.hash, "SealedAtUtc" = @now
            FROM unnest(@ids, @seqs, @prevs, @hashes) AS u(id, seq, prev, hash)
            WHERE a."Id" = u.id AND a."Sequence" IS NULL
            """, connection);
        cmd.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        cmd.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = batch.Select(e => e.Id).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = batch.Select(e => e.Sequence!.Value).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("prevs", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = batch.Select(e => e.PreviousHash!).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("hashes", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = batch.Select(e => e.Hash!).ToArray() });
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}
