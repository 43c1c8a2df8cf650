namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>Closure table of the tree: one row per (ancestor, descendant) pair including self at depth 0, so subtree queries are plain joins on both databases.</summary>
internal sealed class UnitClosure
{
    public Guid AncestorId { get; set; }

    public Guid DescendantId { get; set; }

    public int Depth { get; set; }
}
