using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

internal sealed class UnitCodes(AppDbContext db) : IUnitCodes
{
    public async Task<IReadOnlyDictionary<string, Guid>> FindByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        }

        // Codes are few (one per unit); reading them all is one small query and compares without case on every database.
        var all = await db.Units.AsNoTracking().Where(u => u.Code != null).Select(u => new { u.Code, u.Id }).ToListAsync(ct);
        var set = wanted.ToHashSet(StringComparer.Ordinal);
        return all.Where(u => set.Contains(u.Code!.ToUpperInvariant())).GroupBy(u => u.Code!.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
    }
}
