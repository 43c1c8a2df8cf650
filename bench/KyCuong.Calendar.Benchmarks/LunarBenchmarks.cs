using BenchmarkDotNet.Attributes;

namespace KyCuong.Calendar.Benchmarks;

/// <summary>Solar → lunar and lunar → solar over random dates 1900–2100; ops/second = Batch / mean.</summary>
[Config(typeof(InProcessShortRunConfig))]
public class LunarBenchmarks
{
    public const int Batch = 1024;

    private DateOnly[] _dates = [];
    private LunarDate[] _lunar = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(17);
        int first = new DateOnly(1900, 1, 1).DayNumber;
        int last = new DateOnly(2100, 12, 31).DayNumber;
        _dates = new DateOnly[Batch];
        _lunar = new LunarDate[Batch];
        for (int i = 0; i < Batch; i++)
        {
            _dates[i] = DateOnly.FromDayNumber(random.Next(first, last));
            _lunar[i] = VietnameseLunarCalendar.FromSolar(_dates[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int FromSolar()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += VietnameseLunarCalendar.FromSolar(_dates[i]).Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ToSolar()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += VietnameseLunarCalendar.ToSolar(_lunar[i]).DayNumber;
        }

        return sum;
    }
}
