namespace KyCuong.Web.Modules.Competence.Domain;

/// <summary>A kind of matter in the competence catalogue (docs/domain.md §9), identified by a stable code.</summary>
internal sealed class MatterKind
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The sector (lĩnh vực) it belongs to, for grouping.</summary>
    public string? Field { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
