using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// Seals new audit rows into the hash chain, in batches, in the order they are found (ADR 0004). Writers never wait
/// for each other on the chain; only this job orders rows. It runs under the job lock, and each batch commits with
/// conditional updates (a row already sealed is skipped), so two nodes cannot fork the chain.
/// </summary>
public sealed class AuditSealer(AppDbContext db, TimeProvider clock) : IBackgroundJob
{
    public const int BatchSize = 2000;

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
                return total;
            }
        }
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var batch = await db.AuditEntries.Where(a => a.Sequence == null).OrderBy(a => a.AtUtc).ThenBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
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
            e.Hash = AuditChain.HashOf(e, sequence, previous);
            e.SealedAtUtc = now;
            previous = e.Hash;
        }

        // The unique index on Sequence makes a concurrent sealer's batch fail instead of forking the chain.
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return batch.Count;
    }
}
