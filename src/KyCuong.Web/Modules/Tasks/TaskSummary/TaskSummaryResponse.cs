namespace KyCuong.Web.Modules.Tasks.TaskSummary;

/// <summary>
/// docs/api.md: <c>{"inProgressOnTime","inProgressOverdue","doneOnTime","doneLate","total"}</c> (tasks assigned in the period when
/// one is given), plus docs/domain.md §6's two overdue rates, each with its explicit denominator.
/// </summary>
internal sealed record TaskSummaryResponse(
    Guid UnitId,
    bool IncludeDescendants,
    DateOnly AsOf,
    DateOnly? From,
    DateOnly? To,
    int InProgressOnTime,
    int InProgressOverdue,
    int DoneOnTime,
    int DoneLate,
    int Total,
    OverdueRate OverdueOfAssigned,
    OverdueRate OverdueOfDue);

/// <summary>Overdue-unfinished ÷ a denominator that is always shown (published example: 289 / 10,448 = 2.76%).</summary>
internal sealed record OverdueRate(string Basis, int Overdue, int Denominator, decimal? Percent);
