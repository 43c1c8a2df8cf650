using KyCuong.Web.Modules.OneStop.GetDossier;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop.ReturnResult;

/// <summary><c>{"returnedAt"?,"note"?}</c>: when the result was handed to the applicant (now when omitted).</summary>
internal sealed record ReturnResultRequest(DateTimeOffset? ReturnedAt, string? Note);

/// <summary>
/// Records the result returned to the applicant (docs/domain.md "One-stop dossiers"): the last step ends; the dossier is on time when
/// the Vietnamese date of return is on or before the due date on the receipt, whatever an apology letter promised. Twice is 409.
/// </summary>
internal sealed class ReturnResultHandler(AppDbContext db, DossierAccess access, GetDossierHandler details, AuditLog audit, TimeProvider clock)
{
    public async Task<DossierDetails> HandleAsync(Guid id, ReturnResultRequest r, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        new Validator()
            .MaxLength(r.Note, "note", "Ghi chú", 2000)
            .Check(r.ReturnedAt is null || r.ReturnedAt <= now, "returnedAt", "Thời điểm trả kết quả không được ở tương lai. / returnedAt is in the future.")
            .ThrowIfInvalid();
        var d = await access.LoadAsync(id, ct);
        await access.EnsureActingAsync(d, ct);
        var at = VietnamTime.ToVietnam(r.ReturnedAt ?? now);
        var on = DateOnly.FromDateTime(at.DateTime);
        var current = await db.DossierSteps.Where(s => s.DossierId == d.Id).OrderByDescending(s => s.Seq).FirstAsync(ct);
        if (!d.IsReturned && at.UtcDateTime < current.StartedAtUtc)
        {
            throw RequestValidationException.For("returnedAt", "Thời điểm trả kết quả trước bước xử lý cuối. / returnedAt is before the last step started.");
        }

        d.ReturnResult(on, at.UtcDateTime, ReceiveDossier.ReceiveDossierHandler.Clean(r.Note));
        current.End(on, at.UtcDateTime);
        audit.Record(OneStopAudit.Entity, d.Id, OneStopAudit.Returned, new { returnedOn = on, d.DueDate, status = d.StatusOn(on) });
        await db.SaveChangesAsync(ct);
        return await details.DescribeAsync(d, ct);
    }
}
