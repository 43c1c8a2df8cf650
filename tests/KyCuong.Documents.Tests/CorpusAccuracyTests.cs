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
        docs.Count.ShouldBeGreaterThanOrEqualTo(444);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(480);
        // The held-out set is rotated (sixth to sixteenth passes: the old one became development): it must stay large enough
        // for its assignee figure to mean something (one assignee of 71 is about 1.4 points; the fifteenth pass's set was
        // collected to carry at least 28 documents, 70 assignees and 40 citations).
        var heldOut = docs.Where(d => d.Holdout).ToList();
        heldOut.Count.ShouldBeGreaterThanOrEqualTo(28);
        heldOut.Sum(d => d.Expected.GetProperty("tasks").EnumerateArray().Sum(t => t.GetProperty("assigneeUnits").GetArrayLength())).ShouldBeGreaterThanOrEqualTo(70);
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
        // Reached on 2026-12-07 (sixteenth pass, 444 documents): development (412: the fifteenth pass's set with its held-out
        // set now among them as dev12-*, one expectation changed to the 'gửi … về việc' convention) 97.1 / 97.5 / 96.3 /
        // 93.0 %; the twelfth held-out set (holdout12-*, 32 documents, 53 clauses, 91 assignees, 41 citations, collected and
        // written before the reader changed, read once) 94.1 / 92.7 / 81.1 / 64.8 %. docs/performance.md "Reading real
        // documents, sixteenth pass" has the tables. Seventeenth pass: the held-out floors stand at zero while the reader is
        // tuned (the thirteenth held-out set, holdout13-*, is read once at the end).
        public const double DevelopmentHeader = 0.965;
        public const double DevelopmentCitations = 0.97;
        public const double DevelopmentTasks = 0.94;
        public const double DevelopmentAssignees = 0.9;
        public const double HeldOutHeader = 0;
        public const double HeldOutCitations = 0;
        public const double HeldOutTasks = 0;
        public const double HeldOutAssignees = 0;
    }
}
