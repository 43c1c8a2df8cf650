using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>
/// Who sees which consultation: the requester unit's scope, each consulted unit (ViewWork on it) and the requester's
/// superior (whose grant covers the requester's subtree). Anyone else gets "not found" (docs/api.md: 404 also for things the
/// caller may not see). Checked with one query over the caller's scope, never one query per consulted unit.
/// </summary>
internal sealed class ConsultationAccess(AppDbContext db, IAccessControl access)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy cuộc lấy ý kiến. / Consultation not found.");

    /// <summary>The consultations the caller may see, as a query to compose.</summary>
    public async Task<IQueryable<Consultation>> VisibleAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        var all = db.Consultations.AsQueryable();
        return scope is null
            ? all
            : all.Where(c => scope.Contains(c.RequesterUnitId) || c.Participants.Any(p => scope.Contains(p.UnitId)));
    }

    /// <summary>Loads a consultation the caller may see, with its participants (tracked), else 404.</summary>
    public async Task<Consultation> LoadAsync(Guid id, CancellationToken ct, bool tracking = true)
    {
        var query = db.Consultations.Include(c => c.Participants).AsQueryable();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var c = await query.AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        if (!await CanSeeAsync(c, ct))
        {
            throw NotFound();
        }

        return c;
    }

    public async Task<bool> CanSeeAsync(Consultation c, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        if (scope is null)
        {
            return true;
        }

        var units = c.Participants.Select(p => p.UnitId).Append(c.RequesterUnitId).ToList();
        return await scope.AnyAsync(u => units.Contains(u), ct);
    }

    /// <summary>The requester acts for its unit: AssignWork or HandleWork on it.</summary>
    public async Task<bool> CanActForRequesterAsync(Consultation c, CancellationToken ct) =>
        await access.HasAsync(Permission.HandleWork, c.RequesterUnitId, ct) || await access.HasAsync(Permission.AssignWork, c.RequesterUnitId, ct);

    /// <summary>The units among the consulted ones for which the caller may answer (HandleWork), in one query.</summary>
    public async Task<HashSet<Guid>> AnswerableUnitsAsync(Consultation c, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.HandleWork, ct);
        var units = c.Participants.Select(p => p.UnitId).ToList();
        if (scope is null)
        {
            return [.. units];
        }

        return [.. await scope.Where(u => units.Contains(u)).Distinct().ToListAsync(ct)];
    }

    /// <summary>The superior (the requester unit's parent) decides on escalation: AssignWork on it.</summary>
    public async Task<bool> IsSuperiorAsync(Guid? superiorUnitId, CancellationToken ct) =>
        superiorUnitId is { } s && await access.HasAsync(Permission.AssignWork, s, ct);
}
