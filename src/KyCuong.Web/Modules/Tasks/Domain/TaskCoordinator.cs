namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>A coordinating unit (đơn vị phối hợp) of a task (docs/domain.md §6: zero or more).</summary>
internal sealed class TaskCoordinator
{
    private TaskCoordinator()
    {
    }

    public TaskCoordinator(Guid taskId, Guid unitId)
    {
        TaskId = taskId;
        UnitId = unitId;
    }

    public Guid TaskId { get; private set; }

    public Guid UnitId { get; private set; }
}
