namespace KyCuong.Web.Platform.Jobs;

/// <summary>
/// The items one job run could not handle. A batch job never lets one bad row (old data that predates validation, a date
/// the calendar cannot place, …) stop the rest: it skips the row, records it here and goes on. The runner stores the count
/// and the first failures in the run record, shown to administrators on <c>/Admin/Jobs</c> and in the jobs endpoint's answer.
/// One per job run (a DI scope); thread-safe because a job may work its batches in parallel.
/// </summary>
internal sealed class JobRunReport
{
    /// <summary>How many failures are described in full; the rest are only counted.</summary>
    public const int MaxDescribed = 20;

    private readonly Lock _gate = new();
    private readonly List<string> _failures = [];
    private int _failed;

    public int Failed
    {
        get
        {
            lock (_gate)
            {
                return _failed;
            }
        }
    }

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>Records that <paramref name="item"/> (e.g. <c>task 0193…</c>) was skipped because of <paramref name="error"/>.</summary>
    public void Fail(string item, Exception error) => Fail(item, error.Message);

    public void Fail(string item, string error)
    {
        lock (_gate)
        {
            _failed++;
            if (_failures.Count < MaxDescribed)
            {
                _failures.Add($"{item}: {error}");
            }
        }
    }
}
