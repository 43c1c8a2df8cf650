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
    /// Seconds each set-based statement that brings the watches in line with the open tasks may take. Each reads every watch
    /// and every open task (a million of each at national size: about 2 s alone, ten times that on a loaded server), so the
    /// provider's default of 30 s would fail the whole sweep, and every sweep after it, on a busy morning.
    /// </summary>
    [Range(30, 3600)]
    public int SyncTimeoutSeconds { get; set; } = 600;

    /// <summary>
    /// Working days a reported completion may wait for the assigning side's review before the reviewer is reminded
    /// (docs/domain.md §6, results reviewed: a review waiting is chased like any step).
    /// </summary>
    [Range(1, 60)]
    public int ReviewWorkingDays { get; set; } = 3;

    public int Workers => SweepWorkers ?? Environment.ProcessorCount;
}
