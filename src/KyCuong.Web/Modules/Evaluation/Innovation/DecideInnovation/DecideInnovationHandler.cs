using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Evaluation.Innovation.VoteOnInnovation;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Evaluation.Innovation.DecideInnovation;

/// <summary>docs/api.md "Evaluation: innovation proposals": <c>{"approve","decisionNumber","date","reason"}</c>.</summary>
internal sealed record HeadDecisionRequest(bool? Approve, string? DecisionNumber, DateOnly? Date, string? Reason);

/// <summary>
/// The head of the body decides alone, in writing, when needed (Nghị định 73/2023/NĐ-CP): while the vote is open or after it lapsed, never
/// on their own proposal and never on one already decided. The written decision's number, date and reason are recorded. Audited.
/// </summary>
internal sealed class DecideInnovationHandler(AppDbContext db, InnovationProposals proposals, EvaluationAccess access, INotifier notifier, AuditLog audit, TimeProvider clock)
{
    public async Task<InnovationProposalDto> HandleAsync(Guid id, HeadDecisionRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        new Validator()
            .Check(r.Approve is not null, "approve", "Cần chọn thông qua hoặc không thông qua. / approve is required.")
            .Require(r.DecisionNumber, "decisionNumber", "Số văn bản quyết định", 100)
            .Check(r.Date is { } d && d <= today, "date", "Ngày quyết định là bắt buộc và không sau hôm nay. / date is required and not in the future.")
            .Require(r.Reason, "reason", "Lý do", 4000)
            .ThrowIfInvalid();
        var p = await proposals.LoadVisibleAsync(id, track: true, ct);
        var me = access.CallerId;
        if (me is null || me == p.ProposerUserId || await proposals.HeadOfAsync(p.BodyUnitId, ct) != me)
        {
            throw new ForbiddenException("Chỉ người đứng đầu cơ quan quyết định thay biểu quyết. / Only the head of the body decides alone.");
        }

        if (p.Status != ProposalStatus.Voting)
        {
            throw new DomainException("innovation.alreadyDecided", "Đề xuất đã được quyết định. / The proposal has been decided.");
        }

        p.DecideByHead(r.Approve!.Value, me.Value, r.DecisionNumber!.Trim().Normalize(), r.Date!.Value, r.Reason!.Trim().Normalize(), clock.GetUtcNow().UtcDateTime);
        VoteOnInnovationHandler.NotifyProposer(notifier, p);
        audit.Record(InnovationProposals.AuditEntity, p.Id, "innovationDecidedByHead",
            new { approve = r.Approve, decisionNumber = p.DecisionNumber, date = p.DecisionDate, lapsed = p.VoteDeadline < today }, p.DecisionReason);
        await db.SaveChangesAsync(ct);
        return await proposals.ToDtoAsync(p, ct);
    }
}
