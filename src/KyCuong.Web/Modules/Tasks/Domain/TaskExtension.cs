namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// A request to extend a task's deadline. docs/domain.md §6: requested before the deadline with a reason, approved or refused by
/// the assigner; every extension is counted and visible.
/// </summary>
internal sealed class TaskExtension
{
    private TaskExtension()
    {
    }

    public TaskExtension(Guid id, Guid taskId, Guid? requestedByUserId, DateTime requestedAtUtc, string reason, DateOnly previousDueDate, DateOnly requestedDueDate)
    {
        Id = id;
        TaskId = taskId;
        RequestedByUserId = requestedByUserId;
        RequestedAtUtc = requestedAtUtc;
        Reason = reason;
        PreviousDueDate = previousDueDate;
        RequestedDueDate = requestedDueDate;
        State = ExtensionState.Pending;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid? RequestedByUserId { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly PreviousDueDate { get; private set; }

    public DateOnly RequestedDueDate { get; private set; }

    public ExtensionState State { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DecisionNote { get; private set; }

    public int Version { get; private set; }

    public void Decide(bool approve, Guid? byUserId, DateTime atUtc, string? note)
    {
        if (State != ExtensionState.Pending)
        {
            throw new DomainException("task.extensionAlreadyDecided", "Đề nghị gia hạn này đã được xem xét. / This extension request has already been decided.");
        }

        State = approve ? ExtensionState.Approved : ExtensionState.Refused;
        DecidedByUserId = byUserId;
        DecidedAtUtc = atUtc;
        DecisionNote = note;
        Version++;
    }
}
