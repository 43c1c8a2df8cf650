using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Inspections.PersonFindings;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Inspections.ReviewFinding;

/// <summary><c>{"decision","decisionNumber"?,"date","reason"}</c>: the competent leader's decision after reviewing a finding about an official.</summary>
internal sealed record ReviewFindingRequest(string? Decision, string? DecisionNumber, DateOnly? Date, string? Reason);

/// <summary>
/// Records the discipline-review decision on a finding about an official (docs/domain.md "Checks of official duties: findings about
/// people"). The decision is the competent leader's (a manager of the person); the system records it once and, for khiển trách or
/// heavier, lets the evaluation force the year's grade. A finding the caller may not see is 404; one they see but may not decide, 403.
/// </summary>
internal sealed class ReviewFindingHandler(AppDbContext db, InspectionAccess inspections, PersonFindingAccess personFindings, GetFindingHandler read,
    AuditLog audit, TimeProvider clock)
{
    public async Task<PersonFindingView> HandleAsync(Guid id, Guid findingId, ReviewFindingRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        var discipline = FindingReview.IsDiscipline(r.Decision);
        new Validator()
            .Check(FindingReview.IsKnown(r.Decision), "decision",
                "Quyết định là none, reminder, reprimand, warning, dismissalFromPost hoặc forcedResignation. / decision must be none, reminder, reprimand, warning, dismissalFromPost or forcedResignation.")
            .Check(!discipline || !string.IsNullOrWhiteSpace(r.DecisionNumber), "decisionNumber",
                "Hình thức kỷ luật cần số quyết định. / A discipline needs the decision's number.")
            .MaxLength(r.DecisionNumber, "decisionNumber", "Số quyết định", 100)
            .Check(r.Date is { } d && d <= today && d.Year >= 2000, "date", "Ngày quyết định là bắt buộc và không sau hôm nay. / date is required and not in the future.")
            .Require(r.Reason, "reason", "Lý do, căn cứ", 4000)
            .ThrowIfInvalid();
        var i = await inspections.LoadAsync(id, ct);
        var f = i.Findings.FirstOrDefault(x => x.Id == findingId);
        if (f is null || !await personFindings.CanSeeAsync(i, f, ct))
        {
            throw GetFindingHandler.NotFound();
        }

        if (f.PersonUserId is not null && !await personFindings.CanReviewAsync(f, ct))
        {
            throw new ForbiddenException("Chỉ cấp quản lý có thẩm quyền của người được nêu quyết định việc xem xét trách nhiệm. / Only the person's competent managers decide.");
        }

        var number = string.IsNullOrWhiteSpace(r.DecisionNumber) ? null : r.DecisionNumber.Trim().Normalize();
        f.RecordReview(r.Decision!, number, r.Date!.Value, r.Reason!.Trim().Normalize(), personFindings.CallerId, clock.GetUtcNow().UtcDateTime);
        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.FindingReviewed,
            new { findingId = f.Id, personUserId = f.PersonUserId, decision = f.ReviewDecision, decisionNumber = f.ReviewDecisionNumber, date = f.ReviewDecidedOn }, f.ReviewReason);
        await db.SaveChangesAsync(ct);
        return await read.HandleAsync(id, findingId, ct);
    }
}
