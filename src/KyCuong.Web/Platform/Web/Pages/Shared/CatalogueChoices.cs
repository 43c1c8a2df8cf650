using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>An entry of the competence catalogue a return may cite (docs/domain.md §9), with the unit or level it belongs to.</summary>
internal sealed record CatalogueChoice(Guid Id, string MatterName, string Owner, string RoleLabel);

/// <summary>The competence catalogue as choices for a return form, read through the Competence and Organisation contracts.</summary>
internal sealed class CatalogueChoices(ICompetenceCatalogue catalogue, IUnitDirectory units)
{
    public async Task<IReadOnlyList<CatalogueChoice>> ListAsync(CancellationToken ct)
    {
        var entries = await catalogue.EntriesAsync(null, ct);
        var names = await units.FindManyAsync(entries.Where(e => e.UnitId != null).Select(e => e.UnitId!.Value).Distinct().ToList(), ct);
        return entries.Select(e => new CatalogueChoice(
                e.EntryId,
                e.MatterName,
                e.UnitId is { } id && names.TryGetValue(id, out var unit) ? unit.Name : $"Cấp: {e.UnitKind}",
                RoleLabel(e.Role)))
            .ToList();
    }

    public static string RoleLabel(CompetenceRole role) => role == CompetenceRole.Decides ? "Quyết định" : "Liên quan (tham mưu, quản lý ngành)";
}
