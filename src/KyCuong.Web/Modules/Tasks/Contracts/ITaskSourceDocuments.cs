namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>A document a task comes from: the task it implements, if it is an implementing letter (docs/domain.md §6, cascade).</summary>
public sealed record TaskSourceDocument(Guid Id, Guid? ImplementsTaskId);

/// <summary>A document issued in answer to a task (an implementing letter one level down).</summary>
public sealed record ImplementingDocument(Guid Id, Guid ImplementsTaskId, string? NumberSymbol, DateOnly? Date, string? Subject);

/// <summary>
/// What the Tasks module needs to know of documents, stated by Tasks and implemented by the Documents module, so that the
/// dependency between the two goes one way: Documents uses Tasks' contracts (assigning tasks from a direction), Tasks never
/// references Documents.
/// </summary>
public interface ITaskSourceDocuments
{
    /// <summary>The registered document with this id, or null.</summary>
    Task<TaskSourceDocument?> FindAsync(Guid documentId, CancellationToken ct);

    /// <summary>Documents that implement the given tasks, oldest first.</summary>
    Task<IReadOnlyList<ImplementingDocument>> ImplementingAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);
}
