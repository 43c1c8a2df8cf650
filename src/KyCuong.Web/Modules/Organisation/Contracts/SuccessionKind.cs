namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>How a unit was succeeded (docs/domain.md §4: the 2025 reform merged provinces and abolished districts).</summary>
public enum SuccessionKind
{
    Merge,
    Split,
    Rename,
    Dissolve,
}
