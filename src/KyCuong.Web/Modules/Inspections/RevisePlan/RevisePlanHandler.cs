using KyCuong.Web.Modules.Inspections.CreatePlan;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.RevisePlan;

/// <summary>docs/api.md: <c>{"title","lines":[…]}</c> replaces a draft's title and lines.</summary>
internal sealed record RevisePlanRequest([property: SingleLine] string? Title, IReadOnlyList<PlanLineInput>? Lines);

/// <summary>The office revises its draft; an approved plan is read-only (409 <c>inspectionPlan.approved</c>).</summary>
internal sealed class RevisePlanHandler(AppDbContext db, InspectionPlanAccess plans, PlanLines lines, AuditLog audit, TimeProvider clock)
{
    public async Task<CreatePlanResponse> HandleAsync(Guid id, RevisePlanRequest r, CancellationToken ct)
    {
        var plan = await plans.LoadAsync(id, ct);
        var v = new Validator().Require(r.Title, "title", "Tên kế hoạch", 500);
        PlanLines.Validate(v, r.Lines);
        v.ThrowIfInvalid();
        if (!await plans.CanDraftAsync(plan.BodyUnitId, ct))
        {
            throw new ForbiddenException("Chỉ văn phòng hoặc lãnh đạo của cơ quan được sửa kế hoạch kiểm tra. / Only the body's office or leaders may revise its plan.");
        }

        var built = await lines.BuildAsync(plan.BodyUnitId, r.Lines!, ct);
        var old = plan.Lines.ToList();
        plan.Revise(r.Title!.Trim().Normalize(), built, clock.GetUtcNow().UtcDateTime);
        db.RemoveRange(old);
        // New lines carry their own keys: added explicitly, or the change tracker would take them for existing rows.
        db.AddRange(built);
        audit.Record(InspectionAudit.PlanEntity, plan.Id, InspectionAudit.PlanRevised, new { plan.Title, lines = built.Count });
        await db.SaveChangesAsync(ct);
        return new CreatePlanResponse(plan.Id);
    }
}
