namespace KyCuong.Web.Modules.Consultations.Contracts;

/// <summary>A consultation one of the caller's units must answer.</summary>
public sealed record ConsultationWorkItem(Guid ConsultationId, string Subject, DateOnly DueDate, Guid UnitId, bool DelayNotified);

public sealed record ConsultationWorkList(IReadOnlyList<ConsultationWorkItem> Items, int Total);

/// <summary>What waits for the signed-in person in the Consultations module ("Việc cần xử lý").</summary>
/// <remarks>Every list takes <c>max</c> items (1–200) and gives the list's total; the navigation's count reads <c>WaitingAsync</c> instead.</remarks>
public interface IConsultationWorkItems
{
    /// <summary>
    /// Requests not yet answered (pending, or a delay notified) by a unit where the caller holds a position and may handle work
    /// (docs/domain.md §8); nearest deadline first.
    /// </summary>
    Task<ConsultationWorkList> ToAnswerAsync(int max, CancellationToken ct);

    /// <summary>
    /// The rows the list counts as its total, as a query not yet run (the ids), for the navigation's count to count with the other
    /// modules' lists in one statement. Empty for no caller.
    /// </summary>
    Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct);
}
