namespace KyCuong.Web.Platform.Jobs;

/// <summary>docs/api.md: <c>{"jobs":[{"name","processed"}]}</c>.</summary>
public sealed record JobRunResult(IReadOnlyList<JobOutcome> Jobs);

public sealed record JobOutcome(string Name, int Processed);
