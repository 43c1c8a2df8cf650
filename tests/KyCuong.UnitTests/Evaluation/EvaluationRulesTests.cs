using System.ComponentModel.DataAnnotations;
using KyCuong.Web;
using KyCuong.Web.Modules.Evaluation;
using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>docs/domain.md "Evaluation" (Nghị định 335/2025): periods, a/b/c, points, grades, forced grades, the cap. Every figure by hand.</summary>
public sealed class EvaluationRulesTests
{
    private static readonly EvaluationOptions O = new();

    private static ProductInput P(bool completed = true, bool met = true, int errors = 0, int delays = 0, decimal coefficient = 1, int excusedDelays = 0, int excusedErrors = 0) =>
        new(Guid.NewGuid(), "Sản phẩm", coefficient, completed, met, errors, delays, excusedErrors, excusedDelays);

    [Theory]
    [InlineData("2026-07", "2026-07", "2026-07-01", "2026-07-31")]
    [InlineData("2026-02", "2026-02", "2026-02-01", "2026-02-28")]
    [InlineData("2026-Q3", "2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-Q1", "2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData(" 2026 ", "2026", "2026-01-01", "2026-12-31")]
    public void Period_Parses_MonthQuarterYear(string text, string key, string from, string to)
    {
        EvaluationPeriod.TryParse(text, out var p).ShouldBeTrue();
        p.Key.ShouldBe(key);
        p.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        p.To.ShouldBe(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-7")]
    [InlineData("26-Q1")]
    [InlineData("Q3-2026")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1999")]
    public void Period_Bad_IsA400(string? text)
    {
        EvaluationPeriod.TryParse(text, out _).ShouldBeFalse();
        var e = Should.Throw<RequestValidationException>(() => EvaluationPeriod.Parse(text));
        e.Errors.Keys.ShouldContain("period");
    }

    [Fact]
    public void Year_HasFourQuartersOrTwelveMonths()
    {
        EvaluationPeriod.PeriodsOf(2026, PeriodKind.Quarter).Select(p => p.Key).ShouldBe(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
        EvaluationPeriod.PeriodsOf(2026, PeriodKind.Month).Count.ShouldBe(12);
    }

    [Fact]
    public void Score_FourProducts_OneMajorError_OneDelay()
    {
        // a = 4/4 = 1; b = (1 + 0.75 + 1 + 1)/4 = 0.9375; c = (1 + 1 + 0.75 + 1)/4 = 0.9375;
        // score = 2.875/3 = 0.958333… → 0.9583; points = 0.958333… × 70 = 67.0833… → 67.08
        var r = TaskScoring.Score([P(), P(errors: 1), P(delays: 1), P()], O);
        r.Assigned.ShouldBe(4);
        r.Completed.ShouldBe(4);
        r.Quantity.ShouldBe(1m);
        r.Quality.ShouldBe(0.9375m);
        r.Progress.ShouldBe(0.9375m);
        r.TaskPercent.ShouldBe(0.9583m);
        r.TaskPoints.ShouldBe(67.08m);
        r.Products[1].Notes.ShouldContain(n => n.Contains("lỗi lớn", StringComparison.Ordinal));
        r.Products[2].Notes.ShouldContain(n => n.Contains("chậm", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_HalfNotCompleted_Gives35Points()
    {
        var r = TaskScoring.Score([P(), P(completed: false)], O);
        (r.Quantity, r.Quality, r.Progress, r.TaskPercent, r.TaskPoints).ShouldBe((0.5m, 0.5m, 0.5m, 0.5m, 35m));
    }

    [Fact]
    public void Score_NotMeetingRequirements_LosesOnlyQuality()
    {
        // a = 1, b = 0.5, c = 1 → 2.5/3 = 0.8333; 0.83333… × 70 = 58.33
        var r = TaskScoring.Score([P(), P(met: false)], O);
        (r.Quantity, r.Quality, r.Progress, r.TaskPercent, r.TaskPoints).ShouldBe((1m, 0.5m, 1m, 0.8333m, 58.33m));
    }

    [Fact]
    public void Score_DeductionsFloorAtZero_AndExcusedOnesDoNotCount()
    {
        var r = TaskScoring.Score([P(delays: 5, errors: 5)], O);
        (r.Quality, r.Progress).ShouldBe((0m, 0m));
        var excused = TaskScoring.Score([P(delays: 1, excusedDelays: 1, errors: 2, excusedErrors: 1)], O);
        (excused.Quality, excused.Progress).ShouldBe((0.75m, 1m));
    }

    [Fact]
    public void Score_ConvertedProducts_WeighByCoefficient()
    {
        // An N3 product of 15 points = 3 standard products; with one standard product not done: a = b = c = 3/4 → 52.5 points.
        TaskScoring.Coefficient(15, 3, O).ShouldBe(3m);
        TaskScoring.Coefficient(null, null, O).ShouldBe(1m);
        TaskScoring.Coefficient(900, 1, O).ShouldBe(20m); // capped at the N1 frame of 100 points
        var r = TaskScoring.Score([P(coefficient: 3), P(completed: false)], O);
        (r.Quantity, r.TaskPercent, r.TaskPoints).ShouldBe((0.75m, 0.75m, 52.5m));
    }

    [Fact]
    public void Score_NothingAssigned_IsZeroNotADivisionByZero() => TaskScoring.Score([], O).TaskPoints.ShouldBe(0m);

    [Fact]
    public void Leader_AddsUnitResults_Organising_Rallying_OverSix()
    {
        TaskScoring.UnitResult([Grade.Good, Grade.Completed]).ShouldBe(1m);
        TaskScoring.UnitResult([Grade.Good, Grade.NotCompleted]).ShouldBe(0.5m);
        // (1 + 1 + 1 + 0.5 + 0.8 + 0.9) / 6 = 5.2/6 = 0.86666… → 0.8667
        TaskScoring.LeaderPercent(1, 1, 1, 0.5m, 0.8m, 0.9m).ShouldBe(0.8667m);
    }

    [Theory]
    [InlineData(100, Grade.Excellent)]
    [InlineData(90, Grade.Excellent)]
    [InlineData(89.99, Grade.Good)]
    [InlineData(70, Grade.Good)]
    [InlineData(69.99, Grade.Completed)]
    [InlineData(50, Grade.Completed)]
    [InlineData(49.99, Grade.NotCompleted)]
    [InlineData(0, Grade.NotCompleted)]
    public void Grade_Thresholds(double total, object expected) => Grading.For((decimal)total, O).ShouldBe((Grade)expected);

    [Fact]
    public void Grade_ForcedByDiscipline_IsNotCompletedWhateverThePoints()
    {
        Grading.WithForced(Grade.Excellent, "Bị kỷ luật khiển trách theo Quyết định số 1/QĐ ngày 01/09/2026.").ShouldBe(Grade.NotCompleted);
        Grading.WithForced(Grade.Excellent, null).ShouldBe(Grade.Excellent);
        new DisciplineRecord(Guid.NewGuid(), Guid.NewGuid(), DisciplineForm.Warning, "12/QĐ-SNV", new DateOnly(2026, 9, 1), "x", null, new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc))
            .ForcedReason().ShouldBe("Bị kỷ luật cảnh cáo theo Quyết định số 12/QĐ-SNV ngày 01/09/2026.");
    }

    [Fact]
    public void Cap_People_TwentyPercentOfGood_TwentyFiveForAnOutstandingBody()
    {
        // 10 "tốt" → at most 2 "xuất sắc"; 12 "tốt" → 2.4 → 2 (3 only for an outstanding body: 12 × 25 % = 3).
        Grading.PeopleCapOk([.. Enumerable.Repeat(Grade.Good, 10), Grade.Excellent, Grade.Excellent], O).ShouldBeTrue();
        Grading.PeopleCapOk([.. Enumerable.Repeat(Grade.Good, 10), Grade.Excellent, Grade.Excellent, Grade.Excellent], O).ShouldBeFalse();
        Grade[] twelve = [.. Enumerable.Repeat(Grade.Good, 12), Grade.Excellent, Grade.Excellent, Grade.Excellent];
        Grading.PeopleCapOk(twelve, O).ShouldBeFalse();
        Grading.PeopleCapOk(twelve, O, outstandingBody: true).ShouldBeTrue();
    }

    [Fact]
    public void Cap_FourUnits_AtMostOneOutstanding()
    {
        Grading.UnitsCapOk([Grade.Excellent, Grade.Good, Grade.Completed, Grade.Completed], O).ShouldBeTrue();
        Grading.UnitsCapOk([Grade.Excellent, Grade.Excellent, Grade.Good, Grade.Good], O).ShouldBeFalse();
    }

    [Fact]
    public void Cap_FiveUnits_TwentyPercentOfGood()
    {
        // Five units: the 20 % rule applies; 4 "tốt" → 0.8 → no "xuất sắc" yet.
        Grading.UnitsCapOk([Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Good], O).ShouldBeTrue();
        Grading.UnitsCapOk([Grade.Excellent, Grade.Good, Grade.Good, Grade.Good, Grade.Good], O).ShouldBeFalse();
    }

    [Fact]
    public void Cap_TwelveUnits_TwoOutstandingWithTenGood()
    {
        Grading.UnitsCapOk([Grade.Excellent, Grade.Excellent, .. Enumerable.Repeat(Grade.Good, 10)], O).ShouldBeTrue();
        Grading.UnitsCapOk([Grade.Excellent, Grade.Excellent, Grade.Excellent, .. Enumerable.Repeat(Grade.Good, 9)], O).ShouldBeFalse();
    }

    [Fact]
    public void Head_NeverAboveTheUnit()
    {
        Grading.HeadWithinUnit(Grade.Excellent, Grade.Good).ShouldBe(Grade.Good);
        Grading.HeadWithinUnit(Grade.Completed, Grade.Good).ShouldBe(Grade.Completed);
    }

    [Fact]
    public void Annual_IsTheAverageOfScoredPeriods() => Grading.Annual([80m, null, 90m, 70m, 60m]).ShouldBe(75m);

    [Fact]
    public void Options_Defaults_AreTheDecree_AndBadOnesFail()
    {
        Valid(new EvaluationOptions()).ShouldBeTrue();
        O.FramePoints.ShouldBe([100m, 200m, 300m, 400m, 500m]);
        Valid(new EvaluationOptions { ExcellentFrom = 60 }).ShouldBeFalse();
        Valid(new EvaluationOptions { GeneralMaxPoints = 40 }).ShouldBeFalse();
        Valid(new EvaluationOptions { DefaultPeriodKind = "week" }).ShouldBeFalse();
        Valid(new EvaluationOptions { GroupFramePoints = [100, 200] }).ShouldBeFalse();
    }

    private static bool Valid(EvaluationOptions o) => System.ComponentModel.DataAnnotations.Validator.TryValidateObject(o, new ValidationContext(o), [], validateAllProperties: true);
}
