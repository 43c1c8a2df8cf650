using KyCuong.Web.Modules.Documents.Domain;

namespace KyCuong.Web.Modules.Documents.MatchUnits;

/// <summary>Matches names from a document to the directory, preferring units under the issuer (its own departments and offices).</summary>
internal sealed class UnitMatching(UnitCatalog catalog)
{
    /// <param name="only">When given, only units it accepts are candidates: a clause's lead is matched among the units the
    /// person may make lead (Organisation's IAssignableUnits), so "Sở Nội vụ" named in a Government letter becomes the Sở Nội vụ
    /// of the importing province, and the match is sure among those.</param>
    public async Task<IReadOnlyList<UnitMatch>> MatchAsync(IReadOnlyList<string> names, Guid? issuerUnitId, DateOnly? on, CancellationToken ct,
        Func<Guid, bool>? only = null)
    {
        var candidates = await catalog.CandidatesAsync(on, ct);
        if (only is not null)
        {
            candidates = candidates.Where(c => only(c.Id)).ToList();
        }

        var preferred = issuerUnitId is { } issuer ? await catalog.SubtreeAsync(issuer, ct) : null;
        return names.Select(n => UnitNameMatcher.Match(n ?? "", candidates, preferred)).ToList();
    }
}
