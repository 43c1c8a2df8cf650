using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace KyCuong.Documents.Tests;

public sealed class RobustnessPropertyTests
{
    private static readonly string[] SeedTexts = [.. Seeds.Ids.Select(Seeds.Text)];

    private static readonly Gen<string> Seed = Gen.Elements(SeedTexts);

    // Characters that stress the reader: Vietnamese letters, markup, separators, digits, controls.
    private static readonly Gen<char> Chars = Gen.Elements(
        "aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠĐƠƯỦỶ0123456789 \n\t\r*#<>/-–_.,;:()\"'§\u0000\u0301\u200B\uFEFF<sup>".ToCharArray());

    private static readonly Gen<string> RandomText = Gen.ArrayOf(Chars).Select(a => new string(a));

    [Fact]
    public void Extract_RandomStrings_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => DocumentExtractor.Extract(s) is not null)
            .QuickCheckThrowOnFailure();
        Prop.ForAll(RandomText.ToArbitrary(), s => DocumentExtractor.Extract(s) is not null)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extract_MutatedSeeds_NeverThrows()
    {
        var mutated = Gen.Zip(Seed, Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, int.MaxValue))).Select(x => Mutate(x.Item1, x.Item2.Item1, x.Item2.Item2));
        Prop.ForAll(mutated.ToArbitrary(), text =>
        {
            var extraction = DocumentExtractor.Extract(text);
            return extraction is not null && ExtractionJson.Serialize(extraction).Length > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extract_NumberedLinesBrokenAnywhere_KeepsSpansInsideText()
    {
        Prop.ForAll(Gen.Zip(Seed, Gen.Choose(0, int.MaxValue)).ToArbitrary(), x =>
        {
            var text = Mutate(x.Item1, 1, x.Item2);
            var e = DocumentExtractor.Extract(text);
            return e.Sources.Values.All(s => s.Start >= 0 && s.End <= text.Length)
                && e.Tasks.All(t => t.Source is null || (t.Source.Value.Start >= 0 && t.Source.Value.End <= text.Length));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extract_SeedRepeated16Times_TimeGrowsLinearly()
    {
        var seed = SeedTexts.OrderByDescending(s => s.Length).First();
        var big = string.Join("\n\n", Enumerable.Repeat(seed, 16));
        DocumentExtractor.Extract(seed);
        DocumentExtractor.Extract(big);

        var one = Measure(seed, 32);
        var sixteen = Measure(big, 2);
        var ratio = sixteen / one;
        TestContext.Current.TestOutputHelper?.WriteLine($"1×: {one:F3} ms, 16×: {sixteen:F3} ms, ratio {ratio:F1}");
        // Linear growth gives ≈16; a quadratic pass (catastrophic backtracking) gives ≈256. The bound sits far from both so
        // that a busy machine (other builds on the same cores) cannot fail it, while a quadratic regression still does.
        ratio.ShouldBeLessThan(80);
    }

    [Fact]
    public void Extract_PathologicalInputs_FinishQuickly()
    {
        string[] inputs =
        [
            new string('1', 200_000),
            string.Concat(Enumerable.Repeat("1/", 50_000)),
            string.Concat(Enumerable.Repeat("Số: ", 20_000)),
            string.Concat(Enumerable.Repeat("a) ", 30_000)),
            string.Concat(Enumerable.Repeat("Giám đốc các sở, ", 10_000)),
            string.Concat(Enumerable.Repeat("<sup>", 30_000)),
            string.Concat(Enumerable.Repeat("\n", 100_000)),
            string.Concat(Enumerable.Repeat("ngày 1 tháng ", 20_000)),
        ];
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            DocumentExtractor.Extract(input).ShouldNotBeNull();
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        }
    }

    private static double Measure(string text, int times)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 7; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < times; i++)
            {
                DocumentExtractor.Extract(text);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / times);
        }

        return best;
    }

    // Deletes lines, swaps characters, truncates, doubles or breaks lines: the dirt of real uploads.
    private static string Mutate(string text, int kind, int seed)
    {
        var random = new Random(seed);
        switch (kind)
        {
            case 0:
                var lines = text.Split('\n').ToList();
                for (var i = 0; i < 1 + random.Next(10) && lines.Count > 0; i++)
                {
                    lines.RemoveAt(random.Next(lines.Count));
                }

                return string.Join('\n', lines);
            case 1:
                var chars = text.ToCharArray();
                for (var i = 0; i < 1 + random.Next(50); i++)
                {
                    var a = random.Next(chars.Length);
                    var b = random.Next(chars.Length);
                    (chars[a], chars[b]) = (chars[b], chars[a]);
                }

                return new string(chars);
            case 2:
                return text[..random.Next(text.Length)];
            case 3:
                return text + text;
            case 4:
                var at = random.Next(text.Length);
                return text[..at] + "\n\n" + text[at..];
            default:
                return text.Replace(" ", string.Empty, StringComparison.Ordinal);
        }
    }
}
