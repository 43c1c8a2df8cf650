namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>
/// Finding a task by words of its title among the tasks the signed-in person may see (the same visibility as the task pages),
/// so that another module's form picks a related task by search and never by typing an id (docs/domain.md §8).
/// </summary>
public interface ITaskSearch
{
    /// <summary>At most <paramref name="take"/> visible tasks whose title contains <paramref name="text"/>, open ones and nearest deadlines first.</summary>
    Task<IReadOnlyList<TaskSearchHit>> SearchAsync(string text, int take, CancellationToken ct);

    /// <summary>The task if the person may see it, else null (to show a chosen task again after a refused form).</summary>
    Task<TaskSearchHit?> FindVisibleAsync(Guid taskId, CancellationToken ct);

    /// <summary>Those of the tasks the person may see, by id, in one query (a task outside the person's view is absent).</summary>
    Task<IReadOnlyDictionary<Guid, TaskSearchHit>> FindVisibleManyAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);
}

/// <summary><see cref="Label"/>: the title with its deadline (dd/mm/yyyy), as a picker shows it.</summary>
public sealed record TaskSearchHit(Guid Id, string Title, DateOnly? DueDate, string Label);
