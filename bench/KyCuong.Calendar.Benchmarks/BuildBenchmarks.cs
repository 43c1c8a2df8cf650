using BenchmarkDotNet.Attributes;

namespace KyCuong.Calendar.Benchmarks;

/// <summary>
/// Building the 1900–2100 calendar from rules + decisions (the lunar table is already warm, as it is
/// after the first build in a process), and building the lunar table itself from the astronomy.
/// The memory the built calendar retains is printed by Program before the benchmarks run.
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
public class BuildBenchmarks
{
    [Benchmark]
    public WorkingCalendar BuildDefaultCalendar() => WorkingCalendar.Build(CalendarRuleSet.Statutory, BuiltInDecisions.All);

    [Benchmark]
    public object BuildLunarTable() => LunarTable.Create(LunarTable.VietnamTimeZone);
}
