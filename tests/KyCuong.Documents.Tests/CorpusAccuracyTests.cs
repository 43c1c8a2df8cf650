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
        docs.Count.ShouldBeGreaterThanOrEqualTo(538);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(563);
        // The held-out set is rotated (sixth to twentieth passes: the old one became development): it must stay large enough
        // for its figures to mean something. The twentieth pass's set, of documents only, carries 32 documents, 96 citations
        // and 42 assignees: fewer assignees than the 50 asked for, because the stored law-site pages of decisions mostly end
        // in the grounds before the executor article (one assignee of 42 is about 2.4 points).
        var heldOut = docs.Where(d => d.Holdout).ToList();
        heldOut.Count.ShouldBeGreaterThanOrEqualTo(30);
        heldOut.Sum(d => d.Expected.GetProperty("tasks").EnumerateArray().Sum(t => t.GetProperty("assigneeUnits").GetArrayLength())).ShouldBeGreaterThanOrEqualTo(40);
        heldOut.Sum(d => d.Expected.GetProperty("citedDocuments").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(40);
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
        // Reached on 2026-12-07 (twentieth pass, 538 documents): development (506: the nineteenth pass's set with its
        // held-out set now among them as dev15-*) 96.6 / 97.3 / 94.9 / 90.9 %; the fifteenth held-out set (holdout15-*,
        // 32 documents only, 15 clauses, 42 assignees, 96 citations, collected and written before the reader changed, read
        // once) 93.4 / 98.0 / 86.7 / 59.5 %, the same with the nineteenth pass's reader. docs/performance.md "Reading real
        // documents, twentieth pass" has the tables.
        public const double DevelopmentHeader = 0.965;
        public const double DevelopmentCitations = 0.97;
        public const double DevelopmentTasks = 0.945;
        public const double DevelopmentAssignees = 0.905;
        public const double HeldOutHeader = 0.93;
        public const double HeldOutCitations = 0.975;
        public const double HeldOutTasks = 0.865;
        public const double HeldOutAssignees = 0.59;
    }
}
