namespace KyCuong.Web.Platform.Jobs;

/// <summary>One run of a named job on one node: start, end, items handled and failed, outcome and error (shown to administrators).</summary>
internal sealed class JobRun
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Node { get; set; } = "";

    public DateTime StartedAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public int Items { get; set; }

    /// <summary>Items the run skipped because they could not be handled (flagged for an administrator; see <see cref="JobRunReport"/>).</summary>
    public int Failed { get; set; }

    /// <summary><c>running</c>, <c>succeeded</c>, <c>partial</c> (some items failed and were skipped) or <c>failed</c> (the run stopped).</summary>
    public string Outcome { get; set; } = "running";

    public string? Error { get; set; }
}
