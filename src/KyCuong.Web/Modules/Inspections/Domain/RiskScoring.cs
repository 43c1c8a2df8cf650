namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>One input of a unit's risk: its value, its weight (a setting) and the points it adds (value × weight).</summary>
internal sealed record RiskInput(double Value, double Weight)
{
    public double Points => Math.Round(Value * Weight, 2);
}

/// <summary>
/// docs/domain.md "Checks of official duties", risk ranking: the score is the sum of each input times its weight, so every score
/// is explained by the inputs shown beside it.
/// </summary>
internal static class RiskScoring
{
    public const string OverdueRate = "overdueRate";
    public const string DeemedAgreements = "deemedAgreements";
    public const string UnremediedFindings = "unremediedFindings";

    public static IReadOnlyDictionary<string, RiskInput> Inputs(double overdueRatePercent, int deemedAgreements, int unremediedFindings, RiskWeights w) =>
        new Dictionary<string, RiskInput>(StringComparer.Ordinal)
        {
            [OverdueRate] = new(overdueRatePercent, w.OverdueRate),
            [DeemedAgreements] = new(deemedAgreements, w.DeemedAgreements),
            [UnremediedFindings] = new(unremediedFindings, w.UnremediedFindings),
        };

    public static double Score(IReadOnlyDictionary<string, RiskInput> inputs) => Math.Round(inputs.Values.Sum(i => i.Value * i.Weight), 2);
}

/// <summary>
/// A random sample without replacement weighted by risk (Efraimidis and Spirakis 2006, "Weighted random sampling with a
/// reservoir": each item gets the key u^(1/w) for a uniform u and the largest keys are drawn). Every weight is the score plus
/// one, so a unit with a clean record can still be drawn and none can count on being skipped. The seed makes a draw reproducible.
/// </summary>
internal static class WeightedSample
{
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<(T Item, double Score)> items, int size, int seed)
    {
        var random = new Random(seed);
        return items
            .Select(x => (x.Item, Key: Math.Pow(random.NextDouble(), 1.0 / (Math.Max(0, x.Score) + 1))))
            .OrderByDescending(x => x.Key)
            .Take(Math.Max(0, size))
            .Select(x => x.Item)
            .ToList();
    }
}
