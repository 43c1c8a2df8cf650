using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KyCuong.Documents.Benchmarks;

/// <summary>
/// Single-threaded extraction of each seed directive; documents per second = 1 s / Mean
/// (target ≥ 2,000 docs/s of seed size).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    /// <summary>A short run in the benchmark process itself, with a documents-per-second column.</summary>
    private sealed class ShortInProcessConfig : ManualConfig
    {
        public ShortInProcessConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new DocsPerSecondColumn());
        }
    }

    private sealed class DocsPerSecondColumn : IColumn
    {
        public string Id => nameof(DocsPerSecondColumn);

        public string ColumnName => "Docs/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Documents extracted per second, single-threaded (1 s / Mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (1e9 / mean.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    private Dictionary<string, string> _texts = [];

    [ParamsSource(nameof(SeedIds))]
    public string Seed { get; set; } = "000";

    public static IEnumerable<string> SeedIds() => Directory.GetFiles(SeedFolder(), "*.expected.json").Select(f => Path.GetFileName(f)[..3]).Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup() =>
        _texts = SeedIds().ToDictionary(id => id, id => File.ReadAllText(Directory.GetFiles(SeedFolder(), id + "_*.txt").Single()), StringComparer.Ordinal);

    [Benchmark]
    public DocumentExtraction Extract() => DocumentExtractor.Extract(_texts[Seed]);

    // The seeds live in the repository (tests/KyCuong.Documents.Tests/TestData/seeds): walk up to it.
    private static string SeedFolder()
    {
        foreach (var start in (string[])[Environment.CurrentDirectory, AppContext.BaseDirectory])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "KyCuong.Documents.Tests", "TestData", "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/KyCuong.Documents.Tests/TestData/seeds not found");
    }
}
