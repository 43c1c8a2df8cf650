namespace KyCuong.Web.Modules.Tasks.TaskSummary;

/// <summary>
/// docs/api.md: the dashboard's per-unit table. <see cref="Overall"/> is the unit with its whole subtree; <see cref="Rows"/> are the
/// tasks the unit leads itself (<c>own</c>, when it has any) and then each direct sub-unit with its own subtree, so the rows add up
/// to <see cref="Overall"/>. <see cref="Path"/> runs from the highest unit the caller may see down to this one (the breadcrumb).
/// </summary>
internal sealed record TaskSummaryByUnitResponse(
    UnitRef Unit,
    DateOnly AsOf,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<UnitRef> Path,
    UnitSummaryRow Overall,
    IReadOnlyList<UnitSummaryRow> Rows);

internal sealed record UnitRef(Guid Id, string Name);

/// <summary>One line of the table: the four statuses (docs/domain.md §6) and both rates, each with its numerator and denominator.</summary>
internal sealed record UnitSummaryRow(
    Guid UnitId,
    string Name,
    bool Own,
    bool HasChildren,
    int InProgressOnTime,
    int InProgressOverdue,
    int DoneOnTime,
    int DoneLate,
    int Total,
    SummaryRate OnTimeRate,
    SummaryRate OverdueRate);

/// <summary>A rate always shown with what it divides (docs/domain.md §6); <see cref="Percent"/> is null when nothing is counted.</summary>
internal sealed record SummaryRate(int Numerator, int Denominator, decimal? Percent)
{
    public static SummaryRate Of(int numerator, int denominator) =>
        new(numerator, denominator, denominator == 0 ? null : Math.Round(100m * numerator / denominator, 2));
}
