using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>Settings of the deadline sweep (section <c>Chasing</c>; docs/adr/0006-deadline-engine.md, docs/performance.md).</summary>
internal sealed class ChasingOptions
{
    public const string Section = "Chasing";

    /// <summary>Parallel sweep workers per host on PostgreSQL (SQLite always uses one); null = the processor count.</summary>
    [Range(1, 256)]
    public int? SweepWorkers { get; set; }

    /// <summary>Watches claimed and written per transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 5000;

    /// <summary>Missing watches inserted per page when the sweep synchronises with the open tasks.</summary>
    [Range(1, 1_000_000)]
    public int SyncPageSize { get; set; } = 20000;

    /// <summary>
    /// Working days a reported completion may wait for the assigning side's review before the reviewer is reminded
    /// (docs/domain.md §6, results reviewed: a review waiting is chased like any step).
    /// </summary>
    [Range(1, 60)]
    public int ReviewWorkingDays { get; set; } = 3;

    public int Workers => SweepWorkers ?? Environment.ProcessorCount;
}
