namespace KyCuong.Web.Modules.Procedures.Contracts;

/// <summary>A published procedure as other modules may see it (docs/domain.md "One-stop by procedure and step; procedures catalogue").</summary>
public sealed record PublishedProcedure(string Code, string Name, bool Internal, int? TimeLimitWorkingDays);

/// <summary>What other modules may ask the procedures catalogue: whether a code names a published procedure.</summary>
public interface IProcedureCatalogue
{
    /// <summary>The published procedure of this code (trimmed, exact), or null when the catalogue has none published.</summary>
    Task<PublishedProcedure?> FindPublishedAsync(string code, CancellationToken ct);

    /// <summary>The published procedures among these codes (trimmed, exact), by code, in few queries: the one-stop import checks every row.</summary>
    Task<IReadOnlyDictionary<string, PublishedProcedure>> FindPublishedManyAsync(IReadOnlyCollection<string> codes, CancellationToken ct);
}
