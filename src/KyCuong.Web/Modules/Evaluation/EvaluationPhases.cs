using System.Diagnostics;

namespace KyCuong.Web.Modules.Evaluation;

/// <summary>
/// Wall and process CPU time per phase of a body-wide computation, logged at Debug (category
/// <c>KyCuong.Web.Modules.Evaluation.EvaluationCalculator</c> and <c>…ExportEvaluation.ExportEvaluationHandler</c>): docs/performance.md "Evaluation of a province's quarter: profile".
/// </summary>
internal sealed class EvaluationPhases(bool on)
{
    private readonly Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)> spent = [];
    private string? current;
    private long started;
    private TimeSpan cpu;

    public void Start(string phase)
    {
        if (!on)
        {
            return;
        }

        Stop();
        current = phase;
        started = Stopwatch.GetTimestamp();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public void Stop()
    {
        if (current is null)
        {
            return;
        }

        var (wall, used) = spent.GetValueOrDefault(current);
        spent[current] = (wall + Stopwatch.GetElapsedTime(started), used + (Process.GetCurrentProcess().TotalProcessorTime - cpu));
        current = null;
    }

    public override string ToString() => string.Join("; ", spent.Select(p => $"{p.Key} {p.Value.Wall.TotalSeconds:F2} s wall, {p.Value.Cpu.TotalSeconds:F2} s CPU"));
}
