using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.ListRegimes;

/// <summary>One regime as the list shows it: <see cref="Owner"/> when the caller reads the whole regime, and the period running today.</summary>
internal sealed record RegimeListItem(Guid Id, string Name, string? LegalBasis, string Periodicity, string PeriodicityName, Guid OwnerUnitId, string OwnerUnitName,
    int DueWorkingDays, int ReportingUnits, bool Owner, string CurrentPeriod, string CurrentPeriodName);

/// <summary>
/// The regimes the caller may read (docs/domain.md "Reports"): those owned by a unit of the caller's reach and those in which a unit of
/// the caller's reach must report; newest first, paged (docs/api.md "Paging everywhere"). Same visibility as <see cref="ReportAccess"/>.
/// </summary>
internal sealed class ListRegimesHandler(AppDbContext db, IAccessControl access, IUnitDirectory units, ReportingUnits reporting, TimeProvider clock)
{
    public async Task<Paged<RegimeListItem>> PageAsync(int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        var q = db.ReportRegimes.AsNoTracking().Include(r => r.Units).Include(r => r.UnitKinds).AsSplitQuery().AsQueryable();
        if (scope is not null)
        {
            // A unit that reports by its kind has a report once a period opened.
            q = q.Where(r => scope.Contains(r.OwnerUnitId) || r.Units.Any(u => scope.Contains(u.UnitId))
                || db.Reports.Any(x => x.RegimeId == r.Id && scope.Contains(x.UnitId)));
        }

        var found = await q.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.Id).ToPageAsync(request, ct);
        var regimes = found.Items;
        var names = await units.FindManyAsync([.. regimes.Select(r => r.OwnerUnitId).Distinct()], ct);
        var today = clock.Today();
        var result = new List<RegimeListItem>();
        foreach (var r in regimes)
        {
            var owner = await access.HasAsync(Permission.ViewWork, r.OwnerUnitId, ct);
            var current = ReportPeriod.Containing(r.Periodicity, today);
            result.Add(new RegimeListItem(r.Id, r.Name, r.LegalBasis, Periodicities.Name(r.Periodicity), Periodicities.Vietnamese(r.Periodicity), r.OwnerUnitId,
                names.TryGetValue(r.OwnerUnitId, out var u) ? u.Name : "", r.DueWorkingDays, r.UnitKinds.Count == 0 ? r.Units.Count : (await reporting.OfAsync(r, ct)).Count, owner, current.Key, current.Vietnamese()));
        }

        return new Paged<RegimeListItem>(result, found.Page, found.PageSize, found.Total);
    }
}
