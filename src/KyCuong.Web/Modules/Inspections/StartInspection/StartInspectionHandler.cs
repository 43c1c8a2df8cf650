using KyCuong.Web.Modules.Inspections.CreateInspection;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Inspections.StartInspection;

internal sealed record InspectionStatusResponse(Guid Id, string Status);

/// <summary>The team arrives: from now a surprise check is known to the checked units, whose heads are notified.</summary>
internal sealed class StartInspectionHandler(
    AppDbContext db, InspectionAccess inspections, IUnitDirectory units, IPeopleDirectory people, INotifier notifier, AuditLog audit, ICurrentUser me,
    TimeProvider clock)
{
    public async Task<InspectionStatusResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var i = await inspections.LoadAsync(id, ct);
        await inspections.EnsureCanRunAsync(i, ct);
        var wasSurprise = i.IsSecret;
        i.Start(me.UserId, clock.GetUtcNow().UtcDateTime);
        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.Started, new { i.Surprise });
        if (wasSurprise)
        {
            var orderingName = (await units.FindAsync(i.OrderingUnitId, ct))?.Name ?? "";
            await CreateInspectionHandler.NotifyCheckedUnitsAsync(notifier, people, i, orderingName, "arrived", clock.Today(), ct);
        }

        await db.SaveChangesAsync(ct);
        return new InspectionStatusResponse(i.Id, i.Status);
    }
}
