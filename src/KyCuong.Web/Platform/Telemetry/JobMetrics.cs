using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>
/// The background jobs' figures (meter <c>KyCuong.Jobs</c>): runs and items per job, run duration, and lag — the time
/// since a job last finished successfully, which grows without bound when a job fails on every run or stops running
/// (docs/operations.md).
/// </summary>
internal sealed class JobMetrics
{
    public const string MeterName = "KyCuong.Jobs";

    private readonly Counter<long> _runs;
    private readonly Counter<long> _items;
    private readonly Histogram<double> _duration;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSuccess = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public JobMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("kycuong.jobs.runs", "{run}", "Job runs by job and outcome (succeeded, failed).");
        _items = meter.CreateCounter<long>("kycuong.jobs.items", "{item}", "Items a job processed.");
        _duration = meter.CreateHistogram<double>("kycuong.jobs.duration", "s", "How long a job run took.");
        meter.CreateObservableGauge("kycuong.jobs.lag", ObserveLag, "s", "Seconds since the job last finished successfully.");
    }

    /// <summary>Records one run of <paramref name="job"/>.</summary>
    public void Record(string job, string outcome, int items, TimeSpan duration)
    {
        var tags = new KeyValuePair<string, object?>("job", job);
        _runs.Add(1, tags, new KeyValuePair<string, object?>("outcome", outcome));
        _items.Add(items, tags);
        _duration.Record(duration.TotalSeconds, tags, new KeyValuePair<string, object?>("outcome", outcome));
        if (outcome == "succeeded")
        {
            _lastSuccess[job] = _clock.GetUtcNow();
        }
    }

    private IEnumerable<Measurement<double>> ObserveLag()
    {
        var now = _clock.GetUtcNow();
        foreach (var (job, at) in _lastSuccess)
        {
            yield return new Measurement<double>(Math.Max(0, (now - at).TotalSeconds), new KeyValuePair<string, object?>("job", job));
        }
    }
}
