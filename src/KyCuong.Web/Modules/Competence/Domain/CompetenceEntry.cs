using KyCuong.Web.Modules.Competence.Contracts;

namespace KyCuong.Web.Modules.Competence.Domain;

/// <summary>
/// One line of the catalogue: which unit, or every unit of a kind (a level: each commune's UBND, each sở), decides or is
/// concerned with a kind of matter, and the legal mandate that says so (functions of each sở or phòng).
/// </summary>
internal sealed class CompetenceEntry
{
    public Guid Id { get; set; }

    public string MatterCode { get; set; } = "";

    /// <summary>The unit named in the mandate; null when the entry is for every unit of <see cref="UnitKind"/>.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The kind name of docs/api.md (<c>commune</c>, <c>department</c>, …) when the entry is for a level.</summary>
    public string? UnitKind { get; set; }

    public CompetenceRole Role { get; set; }

    public string LegalBasis { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
