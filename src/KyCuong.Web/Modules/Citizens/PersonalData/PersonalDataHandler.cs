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

/// <summary>Erases the sender's data of items closed more than Citizens:RetentionDays ago (storage limitation, Nghị định 13/2023/NĐ-CP art. 3).</summary>
internal sealed class RetentionJob(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<CitizensOptions> options) : IBackgroundJob
{
    public string Name => "citizens.retention";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-options.Value.RetentionDays);
        var due = await db.FeedbackItems.Where(f => f.ClosedAtUtc != null && f.ClosedAtUtc < before && f.PersonalDataErasedAtUtc == null)
            .OrderBy(f => f.ClosedAtUtc).Take(1000).ToListAsync(ct);
        foreach (var item in due)
        {
            item.ErasePersonalData(now);
            audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.PersonalDataErased, new { onRequest = false });
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
