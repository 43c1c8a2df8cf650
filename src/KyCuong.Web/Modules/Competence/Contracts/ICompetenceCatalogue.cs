namespace KyCuong.Web.Modules.Competence.Contracts;

/// <summary>A kind of matter (lĩnh vực / loại việc) in the competence catalogue, e.g. <c>dat-dai.giao-dat</c>.</summary>
public sealed record MatterKindDto(string Code, string Name, string? Field);

/// <summary>How a unit relates to a matter: it decides it, or it is concerned with it (advises, manages the sector).</summary>
public enum CompetenceRole
{
    Decides,
    Concerned,
}

/// <summary>
/// One catalogue entry (docs/domain.md §9): the matter, the unit (or every unit of a kind, e.g. each commune's UBND) and its role,
/// with the legal mandate it comes from (functions of each sở or phòng).
/// </summary>
public sealed record CompetenceLink(Guid EntryId, string MatterCode, string MatterName, CompetenceRole Role, string LegalBasis, Guid? UnitId, string? UnitKind);

/// <summary>What other modules (consultations, submissions, task returns) may ask of the competence catalogue.</summary>
public interface ICompetenceCatalogue
{
    Task<IReadOnlyList<MatterKindDto>> MattersAsync(CancellationToken ct);

    Task<MatterKindDto?> FindMatterAsync(string code, CancellationToken ct);

    /// <summary>The entry linking the unit (directly, or through its kind) to the matter, preferring <see cref="CompetenceRole.Decides"/>; null when none.</summary>
    Task<CompetenceLink?> LinkOfAsync(Guid unitId, string matterCode, CancellationToken ct);

    /// <summary>The units' links to the matter in one query (unit id → link); units without one are absent.</summary>
    Task<IReadOnlyDictionary<Guid, CompetenceLink>> LinksOfAsync(IReadOnlyCollection<Guid> unitIds, string matterCode, CancellationToken ct);

    Task<CompetenceLink?> FindEntryAsync(Guid entryId, CancellationToken ct);

    /// <summary>The entries of one matter, or of every matter when <paramref name="matterCode"/> is null (to cite in a return).</summary>
    Task<IReadOnlyList<CompetenceLink>> EntriesAsync(string? matterCode, CancellationToken ct);
}
