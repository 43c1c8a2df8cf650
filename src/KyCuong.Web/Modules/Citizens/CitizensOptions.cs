using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Citizens;

/// <summary>
/// Settings under <c>Citizens</c> (docs/operations.md, docs/domain.md "Citizens"). Every time limit is a setting whose default
/// is the value this project reads in Nghị định 20/2008/NĐ-CP as amended by Nghị định 92/2017/NĐ-CP.
/// </summary>
internal sealed class CitizensOptions
{
    public const string Section = "Citizens";

    /// <summary>Working days from receipt to decide: handle, refuse with a reason, or forward to the competent body.</summary>
    [Range(1, 60)]
    public int DecisionWorkingDays { get; set; } = 5;

    /// <summary>Working days the competent unit has to handle an item routed to it (the task's deadline).</summary>
    [Range(1, 120)]
    public int HandleWorkingDays { get; set; } = 20;

    /// <summary>Working days from an answer to its publication.</summary>
    [Range(1, 60)]
    public int PublishWorkingDays { get; set; } = 5;

    /// <summary>Days after an item is closed before the sender's personal data is erased (Nghị định 13/2023/NĐ-CP: no longer than the purpose needs).</summary>
    [Range(30, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>Submissions accepted per client address per hour (HTTP 429 beyond).</summary>
    [Range(1, 1_000_000)]
    public int SubmissionsPerHour { get; set; } = 10;

    /// <summary>Status lookups and ratings per client address per minute (HTTP 429 beyond).</summary>
    [Range(1, 1_000_000)]
    public int LookupsPerMinute { get; set; } = 60;

    /// <summary>Jaccard overlap of content words from which an earlier item of the same body is hinted as a duplicate.</summary>
    [Range(0.1, 1.0)]
    public double DuplicateSimilarity { get; set; } = 0.6;

    /// <summary>How many earlier items of the body are compared for duplicate hints (newest first).</summary>
    [Range(1, 10_000)]
    public int DuplicateWindow { get; set; } = 500;
}
