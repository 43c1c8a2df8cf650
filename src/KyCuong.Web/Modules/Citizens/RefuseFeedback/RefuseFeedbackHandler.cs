using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Citizens.RefuseFeedback;

/// <summary><c>{"reason","kind"?}</c>: kind <c>complaint</c> or <c>denunciation</c> reclassifies it to the other legal track.</summary>
internal sealed record RefuseFeedbackRequest(string? Reason, string? Kind);

/// <summary>
/// A refusal always carries its reason, shown to the sender by tracking code (Nghị định 20/2008/NĐ-CP). An item that is in truth
/// a complaint or a denunciation is reclassified and refused here with guidance on that track (Luật Khiếu nại 2011, Luật Tố cáo 2018).
/// The reason is public by tracking code, so it is checked for personal data like a published answer (Nghị định 13/2023/NĐ-CP;
/// 422 <c>feedback.answerHoldsPersonalData</c> with the findings, nothing changes).
/// </summary>
internal sealed class RefuseFeedbackHandler(AppDbContext db, FeedbackAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<FeedbackActionResponse> HandleAsync(Guid id, RefuseFeedbackRequest r, CancellationToken ct)
    {
        new Validator().Require(r.Reason, "reason", "Lý do từ chối", 4000)
            .Check(r.Kind is null || FeedbackKinds.All.Contains(r.Kind), "kind", "Loại không hợp lệ. / Unknown kind.")
            .ThrowIfInvalid();
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);
        item.Refuse(r.Reason!.Trim().Normalize(), r.Kind, clock.GetUtcNow().UtcDateTime);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Refused, new { reason = item.Notice, item.Kind });
        await db.SaveChangesAsync(ct);
        return new FeedbackActionResponse(item.Id, item.Status);
    }
}
