using KyCuong.Web.Modules.Procedures.Domain;

namespace KyCuong.UnitTests.Procedures;

/// <summary>Progress against Công điện 968/CĐ-TTg §1(e) (docs/domain.md "Procedures: simplification plans and the 766 index").</summary>
public sealed class SimplificationProgressRulesTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    [Fact]
    public void Shares_CountDoneItemsOnly_AndPlannedProceduresAtTheirBaseline()
    {
        CatalogueEntry[] catalogue =
        [
            new(A, Internal: true, Published: true, AnnualCost: 40),
            new(B, Internal: true, Published: false, AnnualCost: null),
            new(C, Internal: false, Published: true, AnnualCost: 50),
            new(D, Internal: false, Published: false, AnnualCost: 10),
        ];
        // B has no catalogue cost but a baseline of 20 in the plan; C is planned, not done.
        PlanItemFacts[] items = [new(A, 40, 30, Done: true), new(B, 20, 0, Done: true), new(C, 50, 10, Done: false)];
        var f = SimplificationProgressRules.Compute(catalogue, items, 1, 0.2, 0.2);
        f.InternalPublished.ShouldBe(new TargetShare(1, 2, 0.5, 1, false));
        f.ProceduresSimplified.ShouldBe(new TargetShare(2, 4, 0.5, 0.2, true));
        // Cut (40 − 30) + (20 − 0) = 30 of 40 + 20 + 50 + 10 = 120 → 0.25.
        f.ComplianceCostCut.ShouldBe(new TargetShare(30, 120, 0.25, 0.2, true));
    }

    [Fact]
    public void EmptyCatalogue_HasNoRates_AndMeetsNothing()
    {
        var f = SimplificationProgressRules.Compute([], [], 1, 0.2, 0.2);
        f.InternalPublished.Rate.ShouldBeNull();
        f.InternalPublished.Met.ShouldBeFalse();
        f.ComplianceCostCut.Total.ShouldBe(0);
    }
}
