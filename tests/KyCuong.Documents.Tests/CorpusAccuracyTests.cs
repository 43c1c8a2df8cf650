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
        docs.Count.ShouldBeGreaterThanOrEqualTo(90);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(45);
        docs.Count(d => d.Holdout).ShouldBeGreaterThanOrEqualTo(docs.Count / 4);
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
        // Reached on 2026-12-06 (fourth pass, 93 documents, 9 letters added whole with their task clauses):
        // development 99.4 / 100 / 100 / 100 %, held out 98.2 / 98.7 / 94.7 / 74.1 % (18 of 19 held-out clauses,
        // 20 of 27 held-out assignees; the held-out misses were not looked at).
        public const double DevelopmentHeader = 0.99;
        public const double DevelopmentCitations = 0.99;
        public const double DevelopmentTasks = 0.99;
        public const double DevelopmentAssignees = 0.99;
        public const double HeldOutHeader = 0.98;
        public const double HeldOutCitations = 0.98;
        public const double HeldOutTasks = 0.94;
        public const double HeldOutAssignees = 0.74;
    }
}
