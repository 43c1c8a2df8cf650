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
        docs.Count.ShouldBeGreaterThanOrEqualTo(315);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(316);
        // The held-out set is rotated (sixth to twelfth passes: the old one became development): it must stay large enough
        // for its assignee figure to mean something (one assignee of 68 is about 1.5 points; the eleventh and twelfth passes'
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
        // Reached on 2026-12-07 (twelfth pass, 315 documents): development (286: the eleventh pass's set with its held-out
        // set now among them as dev8-*) 96.6 / 97.0 / 96.6 / 93.6 %; the eighth held-out set (holdout8-*, 29 documents,
        // 20 clauses, 68 assignees, 87 citations, collected and written before the reader changed, read once at the end)
        // 97.8 / 100.0 / 90.0 / 79.4 %. docs/performance.md "Reading real documents, twelfth pass" has the tables.
        public const double DevelopmentHeader = 0.96;
        public const double DevelopmentCitations = 0.965;
        public const double DevelopmentTasks = 0.96;
        // With the eighth held-out set rotated in as dev9-* development reads 92.2 % of assignees (was 93.6 % without it).
        public const double DevelopmentAssignees = 0.92;
        // The ninth held-out set (holdout9-*) is not read while the reader is tuned: its floors stay at zero until the
        // pass's end, so a pass or a fail here tells nothing about it.
        public const double HeldOutHeader = 0;
        public const double HeldOutCitations = 0;
        public const double HeldOutTasks = 0;
        public const double HeldOutAssignees = 0;
    }
}
