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
        docs.Count.ShouldBeGreaterThanOrEqualTo(506);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(525);
        // The held-out set is rotated (sixth to nineteenth passes: the old one became development): it must stay large enough
        // for its assignee figure to mean something (one assignee of 61 is about 1.6 points; the nineteenth pass's set, of
        // documents only, was collected to carry at least 28 documents, 60 assignees and 40 citations).
        var heldOut = docs.Where(d => d.Holdout).ToList();
        heldOut.Count.ShouldBeGreaterThanOrEqualTo(28);
        heldOut.Sum(d => d.Expected.GetProperty("tasks").EnumerateArray().Sum(t => t.GetProperty("assigneeUnits").GetArrayLength())).ShouldBeGreaterThanOrEqualTo(60);
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
        // Reached on 2026-12-07 (seventeenth pass, 475 documents): development (444: the sixteenth pass's set with its
        // held-out set now among them as dev13-*) 96.8 / 97.3 / 95.8 / 92.9 %; the thirteenth held-out set (holdout13-*,
        // 31 documents, 45 clauses, 82 assignees, 40 citations, collected and written before the reader changed, read
        // once) 87.1 / 78.0 / 75.6 / 54.9 %. docs/performance.md "Reading real documents, seventeenth pass" has the tables.
        // Lowered while the nineteenth pass tunes (the thirteenth held-out set joined development as dev14-*).
        public const double DevelopmentHeader = 0.94;
        public const double DevelopmentCitations = 0.94;
        public const double DevelopmentTasks = 0.92;
        public const double DevelopmentAssignees = 0.88;
        // Zero while the nineteenth pass tunes the reader on development; set once the new held-out set is read.
        public const double HeldOutHeader = 0;
        public const double HeldOutCitations = 0;
        public const double HeldOutTasks = 0;
        public const double HeldOutAssignees = 0;
    }
}
