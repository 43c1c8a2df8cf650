namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>How other modules (a leader's direction on a document, an imported directive) create tasks.</summary>
public interface ITaskAssignments
{
    /// <summary>
    /// Validates and adds the tasks, their deadlines and audit rows to the caller's unit of work and saves them; the caller
    /// wraps it in its own transaction when it writes other rows too. Checks the current user may assign to each lead unit.
    /// </summary>
    Task<IReadOnlyList<CreatedTask>> AssignAsync(IReadOnlyList<NewTask> tasks, CancellationToken ct);
}
