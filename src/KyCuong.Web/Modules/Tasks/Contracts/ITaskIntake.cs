namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>
/// Opens a task for a body whose duty to act comes from the law rather than from a leader's assignment: a citizen's
/// feedback the body's receiving office routes to the competent unit (Nghị định 20/2008/NĐ-CP, docs/domain.md "Citizens").
/// The calling module has checked that the current user acts for the body's receiving office; the task is assigned from
/// <see cref="NewTask.AssignerUnitId"/> (required), its lead must be that body or a unit inside it, it has no coordinators,
/// and it is then chased, counted and shown on dashboards like every other task.
/// </summary>
public interface ITaskIntake
{
    /// <summary>Adds the task, its deadline and audit row to the caller's unit of work and saves it.</summary>
    Task<CreatedTask> OpenForBodyAsync(NewTask task, CancellationToken ct);
}
