namespace KyCuong.Web.Platform.Jobs;

/// <summary>One run of a named job on one node: start, end, items handled, outcome and error (shown to administrators).</summary>
public sealed class JobRun
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Node { get; set; } = "";

    public DateTime StartedAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public int Items { get; set; }

    /// <summary><c>running</c>, <c>succeeded</c> or <c>failed</c>.</summary>
    public string Outcome { get; set; } = "running";

    public string? Error { get; set; }
}
