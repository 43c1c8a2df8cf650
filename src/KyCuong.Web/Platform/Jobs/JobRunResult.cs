namespace KyCuong.Web.Platform.Jobs;

/// <summary>docs/api.md: <c>{"jobs":[{"name","processed"}]}</c>; <c>failed</c> counts the items skipped and flagged, <c>error</c> says why.</summary>
internal sealed record JobRunResult(IReadOnlyList<JobOutcome> Jobs);

internal sealed record JobOutcome(string Name, int Processed, int Failed = 0, string? Error = null);
