namespace KyCuong.Web.Modules.Procedures.Domain;

/// <summary>
/// A body's plan for one year to cut or simplify its procedures (docs/domain.md "Procedures: simplification plans and the 766 index";
/// Công điện 968/CĐ-TTg §1(e), Quyết định 1085/QĐ-TTg 2022). One plan per body and year; its items name the body's own procedures.
/// </summary>
internal sealed class SimplificationPlan
{
    private SimplificationPlan()
    {
    }

    public SimplificationPlan(Guid id, Guid bodyUnitId, int year, string title, DateTime createdAtUtc)
    {
        Id = id;
        BodyUnitId = bodyUnitId;
        Year = year;
        Title = title;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid BodyUnitId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>
/// One procedure of a plan: cut (bãi bỏ, its compliance cost falls to 0) or simplified (đơn giản hóa, to a lower cost), with the
/// compliance cost at the plan's start (Thông tư 02/2017/TT-VPCP) kept as the baseline even when the catalogue later changes.
/// </summary>
internal sealed class SimplificationItem
{
    private SimplificationItem()
    {
    }

    public SimplificationItem(Guid id, Guid planId, Guid procedureId, string action, long baselineCost, long targetCost)
    {
        Id = id;
        PlanId = planId;
        ProcedureId = procedureId;
        Action = action;
        BaselineCost = baselineCost;
        TargetCost = targetCost;
        Status = SimplificationStatus.Planned;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid ProcedureId { get; private set; }

    /// <summary><see cref="SimplificationAction"/>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>Annual compliance cost before the plan, in đồng.</summary>
    public long BaselineCost { get; private set; }

    /// <summary>Annual compliance cost the plan aims at, in đồng (0 for a cut procedure).</summary>
    public long TargetCost { get; set; }

    /// <summary><see cref="SimplificationStatus"/>.</summary>
    public string Status { get; private set; } = "";

    public DateOnly? DoneOn { get; private set; }

    public void Mark(string status, DateOnly today)
    {
        Status = status;
        DoneOn = status == SimplificationStatus.Done ? DoneOn ?? today : null;
    }
}

internal static class SimplificationAction
{
    public const string Cut = "cut";
    public const string Simplify = "simplify";

    public static readonly string[] All = [Cut, Simplify];

    public static string Label(string action) => action == Cut ? "Bãi bỏ" : "Đơn giản hóa";
}

internal static class SimplificationStatus
{
    public const string Planned = "planned";
    public const string Done = "done";

    public static readonly string[] All = [Planned, Done];

    public static string Label(string status) => status == Done ? "Đã thực hiện" : "Kế hoạch";
}

internal static class SimplificationErrors
{
    public const string PlanExists = "procedure.simplificationPlanExists";
    public const string ItemExists = "procedure.simplificationItemExists";
}

/// <summary>A procedure of the body as the progress counts it.</summary>
internal sealed record CatalogueEntry(Guid ProcedureId, bool Internal, bool Published, long? AnnualCost);

/// <summary>An item of the body's plan as the progress counts it.</summary>
internal sealed record PlanItemFacts(Guid ProcedureId, long BaselineCost, long TargetCost, bool Done);

/// <summary>One target: what is achieved over what it is measured against, the rate (0–1, null without a denominator) and the setting.</summary>
internal sealed record TargetShare(long Achieved, long Total, double? Rate, double Target, bool Met);

internal sealed record SimplificationFigures(TargetShare InternalPublished, TargetShare ProceduresSimplified, TargetShare ComplianceCostCut);

/// <summary>
/// Progress of a body against the targets of Công điện 968/CĐ-TTg §1(e) (docs/domain.md "Procedures: simplification plans and the 766
/// index"): internal procedures published over the body's internal procedures; procedures whose item is done over the body's
/// procedures in the catalogue; compliance cost cut (baseline − target of done items) over the body's compliance cost, each
/// procedure counted at its item's baseline when planned, else at its catalogue cost (unknown counts 0).
/// </summary>
internal static class SimplificationProgressRules
{
    public static SimplificationFigures Compute(IReadOnlyCollection<CatalogueEntry> catalogue, IReadOnlyCollection<PlanItemFacts> items,
        double publishedTarget, double proceduresTarget, double costTarget)
    {
        var byProcedure = items.GroupBy(i => i.ProcedureId).ToDictionary(g => g.Key, g => g.First());
        var internals = catalogue.Count(c => c.Internal);
        var published = catalogue.Count(c => c.Internal && c.Published);
        var done = items.Where(i => i.Done).ToList();
        var baseline = catalogue.Sum(c => byProcedure.TryGetValue(c.ProcedureId, out var i) ? i.BaselineCost : c.AnnualCost ?? 0);
        var cut = done.Sum(i => i.BaselineCost - i.TargetCost);
        return new SimplificationFigures(
            Share(published, internals, publishedTarget),
            Share(done.Count, catalogue.Count, proceduresTarget),
            Share(cut, baseline, costTarget));
    }

    private static TargetShare Share(long achieved, long total, double target)
    {
        double? rate = total == 0 ? null : Math.Round((double)achieved / total, 4);
        return new TargetShare(achieved, total, rate, target, rate is { } r && r >= target);
    }
}
