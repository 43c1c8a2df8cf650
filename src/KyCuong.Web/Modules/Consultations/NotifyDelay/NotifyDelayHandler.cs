using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.NotifyDelay;

/// <summary>docs/api.md: <c>{"unitId","reason"}</c>.</summary>
internal sealed record NotifyDelayRequest(Guid? UnitId, string? Reason);

internal sealed record NotifyDelayResponse(Guid UnitId, string Outcome);

/// <summary>
/// docs/domain.md §8 (968 §1.d): a body that cannot answer in time says so before the deadline; it is then not deemed to agree,
/// and the requester reports the matter to the competent level (the deadline job's report lists the delayed units).
/// </summary>
internal sealed class NotifyDelayHandler(ConsultationAccess consultations, AuditLog audit, ParticipantSave save, TimeProvider clock)
{
    public async Task<NotifyDelayResponse> HandleAsync(Guid id, NotifyDelayRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị báo chậm. / unitId is required.")
            .Require(r.Reason, "reason", "Lý do chậm trả lời", 2000)
            .ThrowIfInvalid();

        var c = await consultations.LoadAsync(id, ct);
        var unitId = r.UnitId!.Value;
        var p = c.Participants.FirstOrDefault(x => x.UnitId == unitId)
            ?? throw new DomainException("consultation.notConsulted", "Đơn vị này không được lấy ý kiến. / That unit is not consulted.");
        if (!(await consultations.AnswerableUnitsAsync(c, ct)).Contains(unitId))
        {
            throw new ForbiddenException("Bạn không thể báo chậm thay đơn vị khác. / You may not give notice for another unit.");
        }

        var now = clock.GetUtcNow();
        p.NotifyDelay(r.Reason!.Trim().Normalize(), now, c.DueDate);
        audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.DelayNotified, new { unitId, reason = p.DelayReason });
        await save.NotifyRequesterAndSaveAsync(c,
            $"Đơn vị báo chậm trả lời: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}",
            $"Lý do: {p.DelayReason}. Cơ quan chủ trì báo cáo cấp có thẩm quyền (Công điện 968/CĐ-TTg §1.d).",
            $"consultation:{c.Id}:delay:{unitId}", ct);

        return new NotifyDelayResponse(unitId, p.Outcome);
    }
}
