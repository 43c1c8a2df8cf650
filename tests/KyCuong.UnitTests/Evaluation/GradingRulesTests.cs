using KyCuong.Web.Modules.Evaluation;
using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: self-assessment and saved grades": the checks that run before a grading is saved — forced grade, the cap
/// on "xuất sắc" (20 %, 25 % for an outstanding body, counted whole), a head never above the unit. Every figure by hand.
/// </summary>
public sealed class GradingRulesTests
{
    private static readonly EvaluationOptions O = new();

    private static List<GradeToSave> People(int excellent, int good, int completed = 0) =>
    [
        .. Enumerable.Range(0, excellent).Select(_ => new GradeToSave(Guid.NewGuid(), false, Grade.Excellent, null)),
        .. Enumerable.Range(0, good).Select(_ => new GradeToSave(Guid.NewGuid(), false, Grade.Good, null)),
        .. Enumerable.Range(0, completed).Select(_ => new GradeToSave(Guid.NewGuid(), false, Grade.Completed, null)),
    ];

    [Theory]
    // 4 "tốt": 20 % of 4 = 0.8 → 0 allowed; 25 % of 4 = 1 → 1 allowed for an outstanding body.
    [InlineData(1, 4, false, false, 0)]
    [InlineData(1, 4, true, true, 1)]
    // 5 "tốt" → 1 allowed; 2 refused. 12 "tốt" → 2 allowed (2.4 counted whole); 3 refused even at 25 % (12 × 0.25 = 3 → allowed).
    [InlineData(1, 5, false, true, 1)]
    [InlineData(2, 5, false, false, 1)]
    [InlineData(2, 12, false, true, 2)]
    [InlineData(3, 12, false, false, 2)]
    [InlineData(3, 12, true, true, 3)]
    // "Hoàn thành" does not count towards the cap: 1 excellent with 0 good and 9 completed is refused.
    [InlineData(1, 0, false, false, 0)]
    public void Cap_BeforeSaving_RefusesWithTheNumbers(int excellent, int good, bool outstanding, bool ok, int allowed)
    {
        var refusal = GradingRules.Check(People(excellent, good, completed: good == 0 ? 9 : 0), outstanding, null, O);
        if (ok)
        {
            refusal.ShouldBeNull();
            Grading.MaxExcellent(good, outstanding ? O.ExcellentCapOutstandingBody : O.ExcellentCap).ShouldBe(allowed);
            return;
        }

        refusal.ShouldNotBeNull();
        refusal.Code.ShouldBe("evaluation.capExceeded");
        refusal.Figures["allowed"].ShouldBe(allowed);
        refusal.Figures["proposed"].ShouldBe(excellent);
        refusal.Figures["good"].ShouldBe(good);
        refusal.Message.ShouldContain($"tối đa {allowed}");
    }

    [Fact]
    public void ForcedGrade_MustStayNotCompleted()
    {
        var id = Guid.NewGuid();
        var forced = "Bị kỷ luật khiển trách theo Quyết định số 125/QĐ-SNV ngày 15/09/2026.";
        var refusal = GradingRules.Check([new GradeToSave(id, false, Grade.Completed, forced)], false, null, O);
        refusal!.Code.ShouldBe("evaluation.forcedGrade");
        refusal.Figures["userId"].ShouldBe(id);
        GradingRules.Check([new GradeToSave(id, false, Grade.NotCompleted, forced)], false, null, O).ShouldBeNull();
    }

    [Theory]
    [InlineData("good", "completed", false)]
    [InlineData("completed", "completed", true)]
    [InlineData("completed", "good", true)]
    public void Head_NeverAboveTheUnit(string headName, string unitName, bool ok)
    {
        GradingRules.TryParse(headName, out var head).ShouldBeTrue();
        GradingRules.TryParse(unitName, out var unit).ShouldBeTrue();
        var refusal = GradingRules.Check([new GradeToSave(Guid.NewGuid(), true, head, null), .. People(0, 5)], false, unit, O);
        if (ok)
        {
            refusal.ShouldBeNull();
        }
        else
        {
            refusal!.Code.ShouldBe("evaluation.headAboveUnit");
            refusal.Figures["headGrade"].ShouldBe(head.ApiName());
            refusal.Figures["unitGrade"].ShouldBe(unit.ApiName());
        }

        // A staff member above the unit's grade is not a head: the rule does not apply.
        GradingRules.Check([new GradeToSave(Guid.NewGuid(), false, Grade.Good, null)], false, Grade.Completed, O).ShouldBeNull();
    }

    [Theory]
    [InlineData("excellent", 3)]
    [InlineData("good", 2)]
    [InlineData("completed", 1)]
    [InlineData("notCompleted", 0)]
    public void Grade_ApiNames_RoundTrip(string name, int value)
    {
        var grade = (Grade)value;
        GradingRules.TryParse(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(grade);
        GradingRules.TryParse(name.ToUpperInvariant(), out _).ShouldBeFalse();
        GradingRules.TryParse(null, out _).ShouldBeFalse();
    }
}
