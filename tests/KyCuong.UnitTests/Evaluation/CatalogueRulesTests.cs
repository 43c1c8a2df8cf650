using KyCuong.Web.Modules.Evaluation;
using KyCuong.Web.Modules.Evaluation.Catalogue;
using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>docs/domain.md "Evaluation", conversion (Nghị định 335/2025): group frames N1–N5 and the job-position match.</summary>
public sealed class CatalogueRulesTests
{
    private static readonly EvaluationOptions O = new();

    [Theory]
    [InlineData(1, 100, true)]
    [InlineData(1, 100.01, false)]
    [InlineData(2, 200, true)]
    [InlineData(2, 200.5, false)]
    [InlineData(5, 500, true)]
    [InlineData(5, 501, false)]
    [InlineData(3, 0, false)]
    [InlineData(3, -5, false)]
    [InlineData(3, 7.125, false)]
    [InlineData(3, 7.25, true)]
    [InlineData(0, 5, false)]
    [InlineData(6, 5, false)]
    public void Points_WithinTheGroupsFrame(int group, double points, bool ok) =>
        (ProductRules.PointsProblem(group, (decimal)points, O.FramePoints) is null).ShouldBe(ok);

    [Fact]
    public void Frames_AreSettings_ThePrintedValuesByDefault()
    {
        var o = new EvaluationOptions { GroupFramePoints = [50, 100, 150, 200, 250] };
        ProductRules.PointsProblem(1, 60, o.FramePoints).ShouldNotBeNull();
        ProductRules.PointsProblem(1, 60, O.FramePoints).ShouldBeNull();
        TaskScoring.Coefficient(60, 1, o).ShouldBe(10m); // capped at the configured N1 frame of 50
    }

    [Theory]
    [InlineData("N3", 3)]
    [InlineData("n1", 1)]
    [InlineData(" N5 ", 5)]
    [InlineData("4", 4)]
    [InlineData("N6", null)]
    [InlineData("N0", null)]
    [InlineData("N-1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Group_Parses_N1ToN5(string? text, int? expected) => CatalogueHandler.ParseGroup(text).ShouldBe(expected);

    [Fact]
    public void JobPosition_MatchesAsTyped()
    {
        ProductRules.SamePosition("  Chuyên   viên ", "chuyên viên").ShouldBeTrue();
        ProductRules.SamePosition("Chuye\u0302n vie\u0302n", "Chuyên viên").ShouldBeTrue(); // decomposed diacritics
        ProductRules.SamePosition("Chuyên viên chính", "Chuyên viên").ShouldBeFalse();
    }
}
