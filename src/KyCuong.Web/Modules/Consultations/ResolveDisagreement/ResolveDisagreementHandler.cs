using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Consultations.ResolveDisagreement;

/// <summary>
/// <c>{"unitId","kind":"reconciled"|"escalated","method"?:"meeting"|"exchange","date"?,"note"}</c>: a reconciliation is the
/// requester's record of working directly with the dissenting unit; an escalation is the superior's decision.
/// </summary>
internal sealed record ResolveDisagreementRequest(Guid? UnitId, string? Kind, string? Method, DateOnly? Date, string? Note);

internal sealed record ResolveDisagreementResponse(Guid UnitId, string Resolution);

/// <summary>docs/domain.md §8: before submitting, the lead works directly with the dissenting body; a record of that, or the superior's decision on escalation, is required.</summary>
internal sealed class ResolveDisagreementHandler(
    AppDbContext db, ConsultationAccess consultations, IUnitDirectory units, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<ResolveDisagreementResponse> HandleAsync(Guid id, ResolveDisagreementRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị có ý kiến khác. / unitId is required.")
            .Check(r.Kind is Resolutions.Reconciled or Resolutions.Escalated, "kind", "kind phải là reconciled hoặc escalated. / kind must be reconciled or escalated.")
            .Check(r.Kind != Resolutions.Reconciled || r.Method is "meeting" or "exchange", "method",
                "Cần nêu hình thức: họp (meeting) hoặc trao đổi (exchange). / method must be meeting or exchange.")
            .Check(r.Kind != Resolutions.Reconciled || r.Date is not null, "date", "Cần ngày làm việc trực tiếp. / date is required.")
            .Check(r.Date is null || r.Date <= today, "date", "Ngày không được ở tương lai. / date cannot be in the future.")
            .Require(r.Note, "note", "Kết quả / nội dung", 4000)
            .ThrowIfInvalid();

        var c = await consultations.LoadAsync(id, ct);
        var p = c.Participants.FirstOrDefault(x => x.UnitId == r.UnitId)
            ?? throw new DomainException("consultation.notConsulted", "Đơn vị này không được lấy ý kiến. / That unit is not consulted.");
        if (p.Outcome != Outcomes.Disagreed)
        {
            throw new DomainException("consultation.notDisagreed", "Đơn vị này không có ý kiến không nhất trí. / That unit did not disagree.");
        }

        var superior = (await units.FindAsync(c.RequesterUnitId, ct))?.ParentId;
        if (r.Kind == Resolutions.Reconciled)
        {
            if (!await consultations.CanActForRequesterAsync(c, ct))
            {
                throw new ForbiddenException("Chỉ cơ quan chủ trì ghi nhận việc làm việc trực tiếp. / Only the requester records a reconciliation.");
            }
        }
        else if (!await consultations.IsSuperiorAsync(superior, ct))
        {
            throw new ForbiddenException("Chỉ cấp trên của cơ quan chủ trì quyết định. / Only the requester's superior decides on escalation.");
        }

        var method = r.Method == "meeting" ? "Họp" : r.Method == "exchange" ? "Trao đổi" : null;
        var date = r.Date ?? today;
        p.Resolve(r.Kind!, date, (method is null ? "" : $"{method} ngày {date:dd/MM/yyyy}: ") + r.Note!.Trim().Normalize(), clock.GetUtcNow().UtcDateTime, currentUser.UserId);
        audit.Record(ConsultationAudit.Entity, c.Id, r.Kind == Resolutions.Reconciled ? ConsultationAudit.Reconciled : ConsultationAudit.Escalated,
            new { unitId = p.UnitId, method = r.Method, date = p.ResolutionDate, note = p.ResolutionNote });
        await db.SaveChangesAsync(ct);
        return new ResolveDisagreementResponse(p.UnitId, p.Resolution);
    }
}
