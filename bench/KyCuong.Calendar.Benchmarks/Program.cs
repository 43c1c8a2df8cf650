using System.Globalization;
using BenchmarkDotNet.Running;

namespace KyCuong.Calendar.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        ReportRetainedMemory();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>Heap bytes a built 1900–2100 calendar keeps alive (tables only, the lunar table warm).</summary>
    private static void ReportRetainedMemory()
    {
        _ = VietnameseLunarCalendar.NewYear(2026);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var calendar = WorkingCalendar.Build(CalendarRuleSet.Statutory, BuiltInDecisions.All);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(calendar);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Retained by WorkingCalendar 1900–2100: {after - before:N0} bytes (tables: {calendar.TableBytes:N0} bytes, {calendar.WorkingDayCount:N0} working days)"));
    }
}
