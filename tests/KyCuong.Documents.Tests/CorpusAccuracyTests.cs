namespace KyCuong.Documents.Tests;

/// <summary>
/// Accuracy on real public documents (TestData/corpus). The floors sit just below what the reader reaches, so a
/// change that reads real documents worse fails here; docs/performance.md "Reading real documents" has the table.
/// </summary>
public sealed class CorpusAccuracyTests
{
    [Fact]
    public void Corpus_HasAtLeastSixtyHandCheckedDocumentsWithSources()
    {
        var docs = CorpusMeasurement.Documents;
        docs.Count.ShouldBeGreaterThanOrEqualTo(255);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(264);
        // The held-out set is rotated (sixth to tenth passes: the old one became development): it must stay large enough
        // for its assignee figure to mean something (one assignee of 54 is about two points; the tenth pass's set has
        // more header-only pages than the ninth's, whose search answers were cut before their duties).
        var heldOut = docs.Where(d => d.Holdout).ToList();
        heldOut.Count.ShouldBeGreaterThanOrEqualTo(25);
        heldOut.Sum(d => d.Expected.GetProperty("tasks").EnumerateArray().Sum(t => t.GetProperty("assigneeUnits").GetArrayLength())).ShouldBeGreaterThanOrEqualTo(50);
        docs.ShouldAllBe(d => d.Expected.GetProperty("source").GetString()!.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_Development_MeetsFloors()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(CorpusMeasurement.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-report.md"), CorpusMeasurement.Report());
        var score = CorpusMeasurement.Score(CorpusMeasurement.Documents.Where(d => !d.Holdout));

        score.Header.ShouldBeGreaterThanOrEqualTo(Floors.DevelopmentHeader);
        score.Citations.ShouldBeGreaterThanOrEqualTo(Floors.DevelopmentCitations);
        score.TaskRecall.ShouldBeGreaterThanOrEqualTo(Floors.DevelopmentTasks);
        score.AssigneeRecall.ShouldBeGreaterThanOrEqualTo(Floors.DevelopmentAssignees);
    }

    [Fact]
    public void Corpus_HeldOut_MeetsFloors()
    {
        var score = CorpusMeasurement.Score(CorpusMeasurement.Documents.Where(d => d.Holdout));

        score.Header.ShouldBeGreaterThanOrEqualTo(Floors.HeldOutHeader);
        score.Citations.ShouldBeGreaterThanOrEqualTo(Floors.HeldOutCitations);
        score.TaskRecall.ShouldBeGreaterThanOrEqualTo(Floors.HeldOutTasks);
        score.AssigneeRecall.ShouldBeGreaterThanOrEqualTo(Floors.HeldOutAssignees);
    }

    private static class Floors
    {
        // Reached on 2026-12-06 (tenth pass, 255 documents): development (227: the ninth pass's set with its held-out
        // set now among them as dev6-*) 96.1 / 96.6 / 96.1 / 86.1 %; the sixth held-out set (holdout6-*, 28 documents, 35
        // clauses, 54 assignees, collected and written before the reader changed, read once at the end) 95.5 / 86.5 /
        // 91.4 / 75.9 %. docs/performance.md "Reading real documents, tenth pass" has the tables.
        public const double DevelopmentHeader = 0.96;
        public const double DevelopmentCitations = 0.96;
        public const double DevelopmentTasks = 0.96;
        public const double DevelopmentAssignees = 0.86;
        public const double HeldOutHeader = 0.95;
        public const double HeldOutCitations = 0.86;
        public const double HeldOutTasks = 0.91;
        public const double HeldOutAssignees = 0.75;
    }
}
