using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Inspections.ApprovePlan;

internal sealed record PlanStatusResponse(Guid Id, string Status);

/// <summary>A leader of the body approves its yearly plan; from then it is read-only (docs/domain.md "Checks of official duties: plans and evidence").</summary>
internal sealed class ApprovePlanHandler(AppDbContext db, InspectionPlanAccess plans, AuditLog audit, ICurrentUser me, TimeProvider clock)
{
    public async Task<PlanStatusResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var plan = await plans.LoadAsync(id, ct);
        if (!await plans.CanApproveAsync(plan.BodyUnitId, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo của cơ quan ban hành được phê duyệt kế hoạch kiểm tra. / Only a leader of the body may approve its plan.");
        }

        plan.Approve(me.UserId, clock.GetUtcNow().UtcDateTime);
        audit.Record(InspectionAudit.PlanEntity, plan.Id, InspectionAudit.PlanApproved, new { plan.Status });
        await db.SaveChangesAsync(ct);
        return new PlanStatusResponse(plan.Id, InspectionPlanStatus.Approved);
    }
}
