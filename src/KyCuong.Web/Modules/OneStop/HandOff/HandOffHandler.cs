using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.OneStop.GetDossier;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop.HandOff;

/// <summary><c>{"toUnitId","note"?,"at"?}</c>: the unit that takes the next step (inside the body or another body, for an inter-connected procedure).</summary>
internal sealed record HandOffRequest(Guid? ToUnitId, string? Note, DateTimeOffset? At);

/// <summary>
/// Hands a dossier from the unit holding it to the next (docs/domain.md "One-stop dossiers"): the current step ends, a new one starts,
/// both at the same instant, so the working days each unit held it add up to the dossier's time. A returned dossier is 409.
/// </summary>
internal sealed class HandOffHandler(
    AppDbContext db, DossierAccess access, IUnitDirectory units, GetDossierHandler details, AuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public async Task<DossierDetails> HandleAsync(Guid id, HandOffRequest r, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        new Validator()
            .Check(r.ToUnitId is { } u && u != Guid.Empty, "toUnitId", "Cần đơn vị nhận bước tiếp theo. / toUnitId is required.")
            .MaxLength(r.Note, "note", "Ghi chú", 2000)
            .Check(r.At is null || r.At <= now, "at", "Thời điểm chuyển không được ở tương lai. / at is in the future.")
            .ThrowIfInvalid();
        var d = await access.LoadAsync(id, ct);
        await access.EnsureActingAsync(d, ct);
        var at = VietnamTime.ToVietnam(r.At ?? now);
        var on = DateOnly.FromDateTime(at.DateTime);
        var to = await units.FindAsync(r.ToUnitId!.Value, ct);
        if (to is null || (to.ValidTo is { } end && end < on))
        {
            throw RequestValidationException.For("toUnitId", "Không có đơn vị này. / No such unit.");
        }

        if (d.IsReturned)
        {
            d.HandOff(to.Id); // throws the 409
        }

        if (to.Id == d.CurrentUnitId)
        {
            throw new DomainException(DossierErrors.SameUnit, "Hồ sơ đang ở chính đơn vị này. / The dossier is already at this unit.");
        }

        var current = await db.DossierSteps.Where(s => s.DossierId == d.Id).OrderByDescending(s => s.Seq).FirstAsync(ct);
        if (at.UtcDateTime < current.StartedAtUtc)
        {
            throw RequestValidationException.For("at", "Thời điểm chuyển trước khi đơn vị hiện tại nhận hồ sơ. / at is before the current step started.");
        }

        current.End(on, at.UtcDateTime);
        var from = d.CurrentUnitId;
        d.HandOff(to.Id);
        db.DossierSteps.Add(new DossierStep(Guid.CreateVersion7(), d.Id, current.Seq + 1, to.Id, on, at.UtcDateTime, ReceiveDossier.ReceiveDossierHandler.Clean(r.Note), user.UserId));
        audit.Record(OneStopAudit.Entity, d.Id, OneStopAudit.HandedOff, new { fromUnitId = from, toUnitId = to.Id, seq = current.Seq + 1 });
        await db.SaveChangesAsync(ct);
        return await details.DescribeAsync(d, ct);
    }
}
