using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Competence.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Competence;

/// <summary>Reads the catalogue for other modules: a unit is linked to a matter by its own entry or by an entry for its kind (level).</summary>
internal sealed class CompetenceCatalogue(AppDbContext db, IUnitDirectory units) : ICompetenceCatalogue
{
    public async Task<IReadOnlyList<MatterKindDto>> MattersAsync(CancellationToken ct) =>
        await db.CompetenceMatters.AsNoTracking().OrderBy(m => m.Field).ThenBy(m => m.Name)
            .Select(m => new MatterKindDto(m.Code, m.Name, m.Field)).ToListAsync(ct);

    public async Task<MatterKindDto?> FindMatterAsync(string code, CancellationToken ct) =>
        await db.CompetenceMatters.AsNoTracking().Where(m => m.Code == code)
            .Select(m => new MatterKindDto(m.Code, m.Name, m.Field)).FirstOrDefaultAsync(ct);

    public async Task<CompetenceLink?> LinkOfAsync(Guid unitId, string matterCode, CancellationToken ct)
    {
        var links = await LinksOfAsync([unitId], matterCode, ct);
        return links.GetValueOrDefault(unitId);
    }

    public async Task<IReadOnlyDictionary<Guid, CompetenceLink>> LinksOfAsync(IReadOnlyCollection<Guid> unitIds, string matterCode, CancellationToken ct)
    {
        if (unitIds.Count == 0)
        {
            return new Dictionary<Guid, CompetenceLink>();
        }

        var matter = await db.CompetenceMatters.AsNoTracking().FirstOrDefaultAsync(m => m.Code == matterCode, ct);
        if (matter is null)
        {
            return new Dictionary<Guid, CompetenceLink>();
        }

        var entries = await db.CompetenceEntries.AsNoTracking().Where(e => e.MatterCode == matterCode).ToListAsync(ct);
        var found = await units.FindManyAsync(unitIds, ct);
        var result = new Dictionary<Guid, CompetenceLink>();
        foreach (var unitId in unitIds.Distinct())
        {
            var kind = found.TryGetValue(unitId, out var unit) ? KindName(unit.Kind) : null;
            var best = entries
                .Where(e => e.UnitId == unitId || (e.UnitId is null && kind is not null && string.Equals(e.UnitKind, kind, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(e => e.Role == CompetenceRole.Decides ? 0 : 1)
                .ThenBy(e => e.UnitId is null ? 1 : 0)
                .FirstOrDefault();
            if (best is not null)
            {
                result[unitId] = ToLink(best, matter);
            }
        }

        return result;
    }

    public async Task<CompetenceLink?> FindEntryAsync(Guid entryId, CancellationToken ct)
    {
        var entry = await db.CompetenceEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return null;
        }

        var matter = await db.CompetenceMatters.AsNoTracking().FirstAsync(m => m.Code == entry.MatterCode, ct);
        return ToLink(entry, matter);
    }

    public async Task<IReadOnlyList<CompetenceLink>> EntriesAsync(string? matterCode, CancellationToken ct)
    {
        var matters = await db.CompetenceMatters.AsNoTracking().ToDictionaryAsync(m => m.Code, ct);
        var entries = await db.CompetenceEntries.AsNoTracking().Where(e => matterCode == null || e.MatterCode == matterCode).ToListAsync(ct);
        return entries.Where(e => matters.ContainsKey(e.MatterCode))
            .Select(e => ToLink(e, matters[e.MatterCode]))
            .OrderBy(l => l.MatterName, StringComparer.InvariantCulture).ThenBy(l => l.Role)
            .ToList();
    }

    /// <summary>The camel-case kind name of docs/api.md (<c>commune</c>, <c>department</c>, …).</summary>
    internal static string KindName(UnitKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static CompetenceLink ToLink(CompetenceEntry e, MatterKind m) =>
        new(e.Id, m.Code, m.Name, e.Role, e.LegalBasis, e.UnitId, e.UnitKind);
}
