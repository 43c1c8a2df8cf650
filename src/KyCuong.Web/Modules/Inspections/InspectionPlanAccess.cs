using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections;

/// <summary>
/// Who sees and does what in a yearly checking plan (docs/domain.md "Checks of official duties: plans and evidence"). A plan is seen by whoever may view
/// work of its body; once approved, also by whoever may view work of a unit on one of its notified lines (or on a surprise line whose
/// check has started). A surprise line is hidden from everyone but the body, and from everyone holding a position in its unit or below
/// it, until the check decided from it has started — it is left out of the plan's lines and counts, and a plan whose only lines for
/// that person are surprise lines does not appear at all.
/// </summary>
internal sealed class InspectionPlanAccess(AppDbContext db, IAccessControl access, IPeopleDirectory people, InspectionAccess inspections, ICurrentUser me,
    TimeProvider clock)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy kế hoạch kiểm tra. / Checking plan not found.");

    /// <summary>The plans the caller may see, as a query to compose.</summary>
    public async Task<IQueryable<InspectionPlan>> VisibleAsync(CancellationToken ct)
    {
        var all = db.InspectionPlans.AsNoTracking();
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        if (scope is null)
        {
            return all;
        }

        var started = db.Inspections.Where(i => i.StartedAtUtc != null).Select(i => (Guid?)i.Id);
        return all.Where(p => scope.Contains(p.BodyUnitId)
            || (p.Status == InspectionPlanStatus.Approved && p.Lines.Any(l => scope.Contains(l.UnitId) && (!l.Surprise || started.Contains(l.InspectionId)))));
    }

    /// <summary>
    /// The lines of these plans the caller may see. A surprise line not yet started shows only to those who may view work of the
    /// plan's body, and even then not to anyone holding a position in its unit or below it: a sister unit told of the plan through its own
    /// line does not learn whom the body will surprise.
    /// </summary>
    public async Task<List<InspectionPlanLine>> VisibleLinesAsync(IReadOnlyCollection<Guid> planIds, CancellationToken ct)
    {
        var lines = await db.Set<InspectionPlanLine>().AsNoTracking().Where(l => planIds.Contains(l.PlanId)).ToListAsync(ct);
        if (!lines.Any(l => l.Surprise) || await access.IsAdministratorAsync(ct))
        {
            return lines;
        }

        var bodies = await db.InspectionPlans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.BodyUnitId }).ToListAsync(ct);
        var seesBody = new Dictionary<Guid, bool>();
        foreach (var body in bodies.Select(b => b.BodyUnitId).Distinct())
        {
            seesBody[body] = await access.HasAsync(Permission.ViewWork, body, ct);
        }

        var bodyOf = bodies.ToDictionary(b => b.Id, b => b.BodyUnitId);
        var inside = await inspections.LineAboveCallerAsync(ct);
        var secretCandidates = lines.Where(l => l.Surprise && (!seesBody[bodyOf[l.PlanId]] || inside.Contains(l.UnitId))).ToList();
        if (secretCandidates.Count == 0)
        {
            return lines;
        }

        // Once the team has arrived, the checked unit knows of the check and of the line it carries out.
        var checkIds = secretCandidates.Where(l => l.InspectionId is not null).Select(l => l.InspectionId!.Value).ToList();
        var started = checkIds.Count == 0
            ? []
            : await db.Inspections.AsNoTracking().Where(i => checkIds.Contains(i.Id) && i.StartedAtUtc != null).Select(i => i.Id).ToListAsync(ct);
        return lines.Where(l => !secretCandidates.Contains(l) || (l.InspectionId is { } c && started.Contains(c))).ToList();
    }

    /// <summary>The plan, tracked, if the caller may see it; else 404.</summary>
    public async Task<InspectionPlan> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await (await VisibleAsync(ct)).AnyAsync(p => p.Id == id, ct))
        {
            throw NotFound();
        }

        return await db.InspectionPlans.Include(p => p.Lines).FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw NotFound();
    }

    /// <summary>Drafting and revising: the office that monitors for the body (Monitor; its leaders hold it too).</summary>
    public Task<bool> CanDraftAsync(Guid bodyUnitId, CancellationToken ct) => access.HasAsync(Permission.Monitor, bodyUnitId, ct);

    /// <summary>Approving: a leader or deputy leader holding a position in the body itself — not the office, not a superior body.</summary>
    public async Task<bool> CanApproveAsync(Guid bodyUnitId, CancellationToken ct) =>
        me.UserId is { } uid && (await people.PeopleInAsync([bodyUnitId], clock.Today(), ct))
            .Any(p => p.UserId == uid && p.UnitId == bodyUnitId && (p.Roles & (OrgRole.Leader | OrgRole.DeputyLeader)) != 0);
}
