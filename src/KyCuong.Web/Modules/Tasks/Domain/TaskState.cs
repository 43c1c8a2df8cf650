namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>Where a task is in its life (the four status labels are computed separately by <see cref="TaskStatusPolicy"/>).</summary>
internal enum TaskState
{
    /// <summary>With the lead unit, being handled.</summary>
    Open,

    /// <summary>Returned by the lead unit as outside its competence; waits for the assigner to re-route it (docs/domain.md §9).</summary>
    Returned,

    Completed,
}
