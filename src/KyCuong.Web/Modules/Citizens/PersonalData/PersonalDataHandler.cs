using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.PersonalData;

internal sealed record PersonalDataExport(string TrackingCode, string? Name, string? Phone, string? Email, DateOnly ReceivedOn, string Purpose, int RetentionDays);

/// <summary>
/// The data subject's rights (Luật Bảo vệ dữ liệu cá nhân 2025; Nghị định 13/2023/NĐ-CP art. 9, 14, 16): the receiving office
/// exports what is held on the sender and erases it on request; the matter, its handling and the audit trail stay.
/// </summary>
internal sealed class PersonalDataHandler(AppDbContext db, FeedbackAccess access, AuditLog audit, TimeProvider clock, IOptions<CitizensOptions> options)
{
    public const string Purpose = "Chỉ dùng để liên hệ, trả lời và thông báo kết quả xử lý phản ánh, kiến nghị (Nghị định 20/2008/NĐ-CP; Nghị định 13/2023/NĐ-CP).";

    public async Task<PersonalDataExport> ExportAsync(Guid id, CancellationToken ct)
    {
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.PersonalDataExported, new { });
        await db.SaveChangesAsync(ct);
        return new PersonalDataExport(item.TrackingCode, item.SubmitterName, item.SubmitterPhone, item.SubmitterEmail, item.ReceivedOn, Purpose, options.Value.RetentionDays);
    }

    public async Task EraseAsync(Guid id, CancellationToken ct)
    {
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);
        item.ErasePersonalData(clock.GetUtcNow().UtcDateTime);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.PersonalDataErased, new { onRequest = true });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// Erases the sender's data of items closed more than Citizens:RetentionDays ago (storage limitation, Nghị định 13/2023/NĐ-CP art. 3;
/// docs/domain.md "Citizens"). It reads through the partial index on ClosedAtUtc of the items not yet erased (migration 0074) in
/// batches of <see cref="Batch"/>, each saved in one transaction, at most <see cref="MaxBatchesPerRun"/> batches a run (the rest on the
/// next run). A batch that cannot be saved is done again row by row: a row that still fails (e.g. a trigger or a concurrent change)
/// is logged, reported in the job run for an administrator, skipped for the rest of this run and tried again on the next; the
/// others are erased.
/// </summary>
internal sealed class RetentionJob(
    AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<CitizensOptions> options, JobRunReport report, ILogger<RetentionJob> logger) : IBackgroundJob
{
    public const string JobName = "citizens.retention";

    public const int Batch = 500;

    public const int MaxBatchesPerRun = 20;

    public string Name => JobName;

    public Task<int> RunAsync(CancellationToken ct) => EraseDueAsync(Batch, MaxBatchesPerRun, ct);

    /// <summary>The next batch due, oldest closed first, leaving out the rows skipped in this run (the index's shape: tests check the plan).</summary>
    internal static IQueryable<FeedbackItem> Due(AppDbContext db, DateTime before, IReadOnlyCollection<Guid> skipped, int batch) =>
        db.FeedbackItems.Where(f => f.ClosedAtUtc != null && f.ClosedAtUtc < before && f.PersonalDataErasedAtUtc == null && !skipped.Contains(f.Id))
            .OrderBy(f => f.ClosedAtUtc).ThenBy(f => f.Id).Take(batch);

    internal async Task<int> EraseDueAsync(int batch, int maxBatches, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-options.Value.RetentionDays);
        var skipped = new List<Guid>();
        var erased = 0;
        for (var round = 0; round < maxBatches; round++)
        {
            db.ChangeTracker.Clear();
            var due = await Due(db, before, skipped, batch).ToListAsync(ct);
            foreach (var item in due)
            {
                Erase(item, now);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                erased += due.Count;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The batch's transaction rolled back: each row again on its own, so one bad row does not hold back the others.
                logger.LogWarning(ex, "Retention batch of {Count} feedback items failed; erasing them one by one", due.Count);
                foreach (var id in due.Select(f => f.Id).ToList())
                {
                    erased += await EraseOneAsync(id, before, now, skipped, ct);
                }
            }

            if (due.Count < batch)
            {
                break;
            }
        }

        return erased;
    }

    private async Task<int> EraseOneAsync(Guid id, DateTime before, DateTime now, List<Guid> skipped, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        try
        {
            var item = await db.FeedbackItems.FirstOrDefaultAsync(f => f.Id == id && f.ClosedAtUtc < before && f.PersonalDataErasedAtUtc == null, ct);
            if (item is null)
            {
                return 0;
            }

            Erase(item, now);
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Named by id only: the log and the run record never carry the sender's data.
            var what = $"Phản ánh, kiến nghị / feedback item {id}";
            logger.LogError(ex, "{Row}: personal data not erased in this run", what);
            report.Fail(what, ex);
            skipped.Add(id);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private void Erase(FeedbackItem item, DateTime now)
    {
        item.ErasePersonalData(now);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.PersonalDataErased, new { onRequest = false });
    }
}
