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
        docs.Count.ShouldBeGreaterThanOrEqualTo(382);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(381);
        // The held-out set is rotated (sixth to fourteenth passes: the old one became development): it must stay large enough
        // for its assignee figure to mean something (one assignee of 64 is about 1.6 points; the eleventh to fourteenth passes'
        // sets were collected with whole letters and executor articles in mind, to carry at least 60 assignees and 40 citations).
        var heldOut = docs.Where(d => d.Holdout).ToList();
        heldOut.Count.ShouldBeGreaterThanOrEqualTo(25);
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
        // Reached on 2026-12-07 (thirteenth pass, 356 documents): development (315: the twelfth pass's set with its
        // held-out set now among them as dev9-*) 96.7 / 97.4 / 96.8 / 94.6 %; the ninth held-out set (holdout9-*, 41
        // documents, 41 clauses, 64 assignees, 48 citations, collected and written before the reader changed, read once
        // at the end) 99.4 / 89.8 / 78.0 / 59.4 %. docs/performance.md "Reading real documents, thirteenth pass" has the tables.
        // Fourteenth pass: holdout9-* is development now (dev10-*); the held-out floors stay at zero while the reader is
        // tuned, so that a pass or a fail says nothing about the new set (holdout10-*) before it is read once at the end.
        public const double DevelopmentHeader = 0.965;
        public const double DevelopmentCitations = 0.97;
        public const double DevelopmentTasks = 0.965;
        public const double DevelopmentAssignees = 0.945;
        public const double HeldOutHeader = 0;
        public const double HeldOutCitations = 0;
        public const double HeldOutTasks = 0;
        public const double HeldOutAssignees = 0;
    }
}
