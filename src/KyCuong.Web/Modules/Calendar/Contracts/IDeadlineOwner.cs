namespace KyCuong.Web.Modules.Calendar.Contracts;

/// <summary>
/// Implemented by a module that owns deadlines (tasks, consultations) and registered as a scoped service. When an
/// administrator applies a re-computation, the module moves its own row to the new date in the same unit of work.
/// </summary>
public interface IDeadlineOwner
{
    /// <summary>The owner type the module records in the ledger (e.g. <c>task</c>).</summary>
    string OwnerType { get; }

    Task ApplyAsync(Guid ownerId, DateOnly newDue, CancellationToken ct);
}
