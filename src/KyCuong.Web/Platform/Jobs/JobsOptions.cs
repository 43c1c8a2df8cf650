using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>Settings of the background job timer (section <c>Jobs</c>).</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Off: no job runs by itself on this node (another node, or the test clock's explicit runs, do the work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two runs of every due job.</summary>
    [Range(1, 86_400)]
    public int IntervalSeconds { get; set; } = 30;
}
