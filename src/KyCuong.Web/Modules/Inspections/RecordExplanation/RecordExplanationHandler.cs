using KyCuong.Web.Modules.Inspections.RecordFinding;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Inspections.RecordExplanation;

/// <summary><c>{"unitId","text"}</c>: the checked unit's signed explanation of the findings.</summary>
internal sealed record RecordExplanationRequest(Guid? UnitId, string? Text);

internal sealed class RecordExplanationHandler(AppDbContext db, InspectionAccess inspections, AuditLog audit, ICurrentUser me, TimeProvider clock)
{
    public async Task<CreatedResponse> HandleAsync(Guid id, RecordExplanationRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị giải trình. / unitId is required.")
            .Require(r.Text, "text", "Nội dung giải trình", 8000)
            .ThrowIfInvalid();
        var i = await inspections.LoadAsync(id, ct);
        if (!(await inspections.ExplainableUnitsAsync(i, ct)).Contains(r.UnitId!.Value))
        {
            throw new ForbiddenException("Chỉ đơn vị được kiểm tra giải trình thay mình. / Only the checked unit explains for itself.");
        }

        var e = i.Explain(r.UnitId.Value, r.Text!.Trim().Normalize(), me.UserId, clock.GetUtcNow().UtcDateTime);
        db.Add(e);
        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.Explained, new { explanationId = e.Id, e.UnitId, e.Text });
        await db.SaveChangesAsync(ct);
        return new CreatedResponse(e.Id);
    }
}
