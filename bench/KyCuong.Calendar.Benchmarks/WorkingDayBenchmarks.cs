using BenchmarkDotNet.Attributes;

namespace KyCuong.Calendar.Benchmarks;

/// <summary>
/// AddWorkingDays over random dates (2000–2090) and offsets (1–60 working days), against a naive
/// day-by-day loop over the same calendar. Each invocation runs <see cref="Batch"/> operations, so
/// ops/second = Batch / mean time.
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
public class WorkingDayBenchmarks
{
    public const int Batch = 1024;

    private readonly WorkingCalendar _calendar = WorkingCalendar.Default;
    private DateOnly[] _dates = [];
    private int[] _offsets = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260129);
        int first = new DateOnly(2000, 1, 1).DayNumber;
        int last = new DateOnly(2090, 12, 31).DayNumber;
        _dates = new DateOnly[Batch];
        _offsets = new int[Batch];
        for (int i = 0; i < Batch; i++)
        {
            _dates[i] = DateOnly.FromDayNumber(random.Next(first, last));
            _offsets[i] = random.Next(1, 61);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int NaiveDayByDayLoop()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            var day = _dates[i];
            for (int left = _offsets[i]; left > 0;)
            {
                day = day.AddDays(1);
                if (_calendar.IsWorkingDay(day))
                {
                    left--;
                }
            }

            sum += day.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AddWorkingDays()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += _calendar.AddWorkingDays(_dates[i], _offsets[i]).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int CountWorkingDays()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += _calendar.CountWorkingDays(_dates[i], _dates[(i + 1) & (Batch - 1)]);
        }

        return sum;
    }
}
