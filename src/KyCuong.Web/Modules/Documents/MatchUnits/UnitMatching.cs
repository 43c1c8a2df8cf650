using KyCuong.Web.Modules.Documents.Domain;

namespace KyCuong.Web.Modules.Documents.MatchUnits;

/// <summary>Matches names from a document to the directory, preferring units under the issuer (its own departments and offices).</summary>
internal sealed class UnitMatching(UnitCatalog catalog)
{
    public async Task<IReadOnlyList<UnitMatch>> MatchAsync(IReadOnlyList<string> names, Guid? issuerUnitId, DateOnly? on, CancellationToken ct)
    {
        var candidates = await catalog.CandidatesAsync(on, ct);
        var preferred = issuerUnitId is { } issuer ? await catalog.SubtreeAsync(issuer, ct) : null;
        return names.Select(n => UnitNameMatcher.Match(n ?? "", candidates, preferred)).ToList();
    }
}
