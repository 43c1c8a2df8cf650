using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KyCuong.Calendar.Benchmarks;

/// <summary>
/// Short run (3 warm-ups, 3 iterations) in-process: the build machine has 2 cores, and a child
/// process per benchmark would add minutes without changing the figures that matter.
/// </summary>
public sealed class InProcessShortRunConfig : ManualConfig
{
    public InProcessShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcessShortRun"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
