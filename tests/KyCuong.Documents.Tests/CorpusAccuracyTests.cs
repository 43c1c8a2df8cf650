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
        docs.Count.ShouldBeGreaterThanOrEqualTo(609);
        // Whole directives with their task clauses, so task and assignee recall rest on enough clauses.
        docs.Sum(d => d.Expected.GetProperty("tasks").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(616);
        // The held-out set is rotated (sixth to twenty-fifth passes: the old one became development): it must stay large
        // enough for its figures to mean something. The twenty-fifth pass's set, of documents only and collected in 30
        // minutes from pages the corpus did not hold, carries 24 documents, 78 citations and only 30 assignees (one
        // assignee of 30 is about 3.3 points: most stored pages are cut before their duties); the twenty-second pass's
        // carried 25 documents, 63 citations and 52 assignees.
        var heldOut = docs.Where(d => d.Holdout).ToList();
        heldOut.Count.ShouldBeGreaterThanOrEqualTo(24);
        heldOut.Sum(d => d.Expected.GetProperty("tasks").EnumerateArray().Sum(t => t.GetProperty("assigneeUnits").GetArrayLength())).ShouldBeGreaterThanOrEqualTo(30);
        heldOut.Sum(d => d.Expected.GetProperty("citedDocuments").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(75);
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
        // Reached on 2026-12-07 (twenty-second pass, 585 documents): development (560: the twenty-first pass's set with its
        // held-out set now among them as dev17-*) 96.5 / 97.4 / 95.0 / 91.5 %; the seventeenth held-out set (holdout17-*,
        // 25 documents only, 22 clauses, 52 assignees, 63 citations counted either way, collected and written before the
        // reader changed, read once) 92.5 / 92.1 / 86.4 / 90.4 %, the same with main's reader. Twenty-third and twenty-fourth
        // passes (letters, the held-out set not read): development 96.5 / 97.4 / 96.1 / 93.2 % and 96.6 / 97.4 / 96.2 / 93.9 %.
        // Reached on 2026-12-08 (twenty-fifth pass, 609 documents): development (585: the seventeenth held-out set now among
        // them as dev18-*) 96.7 / 97.1 / 95.9 / 93.9 % (main's reader 96.4 / 97.1 / 95.9 / 93.7 %); the eighteenth held-out
        // set (holdout18-*, 24 documents, 11 clauses, 30 assignees, 81 citations counted either way, collected and written
        // before the reader changed, read once) 96.9 / 92.6 / 90.9 / 56.7 % (main's reader 90.6 / 91.5 / 90.9 / 56.7 %).
        // docs/performance.md "Reading real documents, twenty-fifth pass" has the tables.
        // Reached on 2026-12-08 (twenty-sixth pass, citations and letters' issuers; a slash for a symbol's hyphen read as the
        // hyphen, docs/domain.md §5): development 97.3 / 98.4 / 95.9 / 93.9 % (main's reader 96.7 / 97.1 / 95.9 / 93.9 %); the
        // eighteenth held-out set, read once more at the end of the pass, 98.4 / 92.6 / 90.9 / 56.7 %.
        // Reached on 2026-12-08 (twenty-seventh pass, letters' assignees): development 97.3 / 98.4 / 96.2 / 94.2 % (main's
        // reader 97.3 / 98.4 / 95.9 / 93.9 %); the eighteenth held-out set, read once at the end of the pass, unchanged at
        // 98.4 / 92.6 / 90.9 / 56.7 % (its letters' assignees 7/18 as before).
        public const double DevelopmentHeader = 0.972;
        public const double DevelopmentCitations = 0.983;
        public const double DevelopmentTasks = 0.961;
        public const double DevelopmentAssignees = 0.941;
        public const double HeldOutHeader = 0.984;
        public const double HeldOutCitations = 0.925;
        public const double HeldOutTasks = 0.909;
        public const double HeldOutAssignees = 0.566;
    }
}
