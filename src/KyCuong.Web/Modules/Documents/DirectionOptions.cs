using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// Settings of a leader's direction (section <c>Documents:Direction</c>): the deadline a direction form proposes, the same on a
/// document's page and on Import (docs/domain.md §5). A clause that names its own deadline keeps it.
/// </summary>
internal sealed class DirectionOptions
{
    public const string Section = "Documents:Direction";

    /// <summary>Working days proposed as the deadline (default 10; 1–1000).</summary>
    [Range(1, 1000)]
    public int DefaultWorkingDays { get; set; } = 10;
}
