using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.ReturnConsultation;

/// <summary><c>{"unitId","reason","catalogueEntryId"}</c>: all three required.</summary>
internal sealed record ReturnConsultationRequest(Guid? UnitId, string? Reason, Guid? CatalogueEntryId);

internal sealed record ReturnConsultationResponse(Guid UnitId, string Outcome, string Citation);

/// <summary>
/// docs/domain.md §9 (seed 000 §3, seed 004 §2): a consulted body that finds the matter outside its competence returns it at
/// once with the reason, citing the competence catalogue's entry for who is competent — not by silence, which would
/// count as agreement. Only before the deadline and only while the unit has not answered; a returned unit is never
/// deemed to agree, and the requester is told.
/// </summary>
internal sealed class ReturnConsultationHandler(
    ConsultationAccess consultations, ICompetenceCatalogue catalogue, IUnitDirectory units, AuditLog audit, ParticipantSave save, TimeProvider clock)
{
    public async Task<ReturnConsultationResponse> HandleAsync(Guid id, ReturnConsultationRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị trả lại. / unitId is required.")
            .Require(r.Reason, "reason", "Lý do trả lại", 2000)
            .Check(r.CatalogueEntryId is { } e && e != Guid.Empty, "catalogueEntryId",
                "Trả lại vì không thuộc thẩm quyền phải dẫn danh mục thẩm quyền. / A return for lack of competence must cite the competence catalogue.")
            .ThrowIfInvalid();

        var c = await consultations.LoadAsync(id, ct);
        var unitId = r.UnitId!.Value;
        var p = c.Participants.FirstOrDefault(x => x.UnitId == unitId)
            ?? throw new DomainException("consultation.notConsulted", "Đơn vị này không được lấy ý kiến. / That unit is not consulted.");
        if (!(await consultations.AnswerableUnitsAsync(c, ct)).Contains(unitId))
        {
            throw new ForbiddenException("Bạn không thể trả lại thay đơn vị khác. / You may not return it for another unit.");
        }

        var entry = await catalogue.FindEntryAsync(r.CatalogueEntryId!.Value, ct);
        if (entry is null || (c.MatterCode is not null && entry.MatterCode != c.MatterCode))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["catalogueEntryId"] = [entry is null
                    ? "Không tìm thấy mục này trong danh mục thẩm quyền. / No such competence catalogue entry."
                    : "Mục được dẫn không thuộc loại việc của đề nghị này. / The cited entry is for another kind of matter."],
            });
        }

        var now = clock.GetUtcNow();
        var unitName = entry.UnitId is { } competent
            ? (await units.FindAsync(competent, ct))?.Name ?? competent.ToString()
            : $"cấp {entry.UnitKind}";
        var citation = Shorten($"{entry.MatterName}: {unitName} ({(entry.Role == CompetenceRole.Decides ? "quyết định" : "liên quan")}) — {entry.LegalBasis}".Normalize(), 1500);
        p.Return(r.Reason!.Trim().Normalize(), entry.EntryId, citation, now, c.DueDate);
        audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.Returned, new { unitId, reason = p.ReturnReason, catalogueEntryId = entry.EntryId }, p.ReturnReason);
        await save.NotifyRequesterAndSaveAsync(c,
            $"Đơn vị trả lại đề nghị lấy ý kiến: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}",
            $"Lý do: {p.ReturnReason}. Căn cứ danh mục thẩm quyền: {citation}.",
            $"consultation:{c.Id}:return:{unitId}", ct);

        return new ReturnConsultationResponse(unitId, p.Outcome, citation);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
