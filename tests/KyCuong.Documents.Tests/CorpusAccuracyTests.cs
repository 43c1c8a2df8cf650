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
        docs.Count.ShouldBeGreaterThanOrEqualTo(412);
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
        // Reached on 2026-12-07 (fourteenth pass, 382 documents, without the lead-in rule the pass had written: the source
        // directives' expected extractions read a directing lead-in as an introduction): development (356: the thirteenth
        // pass's set with its held-out set now among them as dev10-*) 97.1 / 97.4 / 95.2 / 93.1 %; the tenth held-out set
        // (holdout10-*, 26 documents, 24 clauses, 68 assignees, 49 citations, collected and written before the reader changed)
        // 95.2 / 98.0 / 83.3 / 54.4 %. docs/performance.md "Reading real documents, fourteenth pass" has the tables.
        public const double DevelopmentHeader = 0.965;
        public const double DevelopmentCitations = 0.97;
        public const double DevelopmentTasks = 0.95;
        public const double DevelopmentAssignees = 0.925;
        // Zero while the fifteenth pass tunes the reader: the new held-out set is read once, at the end.
        public const double HeldOutHeader = 0;
        public const double HeldOutCitations = 0;
        public const double HeldOutTasks = 0;
        public const double HeldOutAssignees = 0;
    }
}
