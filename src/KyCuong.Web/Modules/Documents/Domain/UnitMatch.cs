namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>The matcher's answer for one name: the candidates best first, and whether the best one is sure enough to propose without asking.</summary>
internal sealed record UnitMatch(string Name, IReadOnlyList<ScoredUnit> Candidates, bool Sure)
{
    public ScoredUnit? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

internal sealed record ScoredUnit(Guid Id, string Name, double Score);
