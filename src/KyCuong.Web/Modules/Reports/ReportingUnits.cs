using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports;

/// <summary>
/// The units that must report under a regime (docs/domain.md "Reports": chosen from the owner's subtree or by kind): the units named,
/// and every unit in force today of a named kind in the owner's subtree (the owner itself excluded), resolved through the Organisation
/// contract each time a period is opened or tracked — a commune created by a merger reports from its first period.
/// </summary>
internal sealed class ReportingUnits(IUnitDirectory units, TimeProvider clock)
{
    public async Task<IReadOnlyList<Guid>> OfAsync(ReportRegime regime, CancellationToken ct)
    {
        var named = regime.Units.Select(u => u.UnitId).ToList();
        if (regime.UnitKinds.Count == 0)
        {
            return named;
        }

        var kinds = regime.UnitKinds.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        var subtree = await units.Subtree(regime.OwnerUnitId).ToListAsync(ct);
        var today = clock.Today();
        var byKind = (await units.FindManyAsync(subtree, ct)).Values
            .Where(u => u.Id != regime.OwnerUnitId && kinds.Contains(KindName(u.Kind)) && (u.ValidTo is null || u.ValidTo >= today) && (u.ValidFrom is null || u.ValidFrom <= today))
            .Select(u => u.Id);
        return [.. named.Union(byKind)];
    }

    /// <summary>The kind's name in the API (<c>department</c>, <c>publicServiceUnit</c>).</summary>
    public static string KindName(UnitKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static bool TryParseKind(string? name, out string kind)
    {
        kind = Enum.GetValues<UnitKind>().Select(KindName).FirstOrDefault(k => string.Equals(k, name, StringComparison.Ordinal)) ?? "";
        return kind.Length > 0;
    }
}
