using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

internal sealed class AgencyCodes(AppDbContext db) : IAgencyCodes
{
    public async Task<AgencyUnit?> FindAsync(string agencyCode, CancellationToken ct)
    {
        var wanted = (agencyCode ?? "").Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        // Codes are few (one per body); comparing in memory is case-insensitive on both databases.
        return (await ListAsync(ct)).FirstOrDefault(u => string.Equals(u.AgencyCode, wanted, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<IReadOnlyDictionary<Guid, AgencyUnit>> OfUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id) && u.AgencyCode != null)
            .Select(u => new AgencyUnit(u.Id, u.AgencyCode!, u.Name)).ToDictionaryAsync(u => u.UnitId, ct);
    }

    public async Task<IReadOnlyList<AgencyUnit>> ListAsync(CancellationToken ct) =>
        (await db.Units.AsNoTracking().Where(u => u.AgencyCode != null).Select(u => new AgencyUnit(u.Id, u.AgencyCode!, u.Name)).ToListAsync(ct))
        .OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();
}
