namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// One hand-off inside the lead unit (leader → unit head → specialist). docs/domain.md §6 (cá thể hóa trách nhiệm trong từng khâu):
/// who handed it to whom, when, with the step's own deadline; <see cref="EndedAtUtc"/> closes the step, so who held the
/// clock and for how long is answerable.
/// </summary>
internal sealed class TaskHandoff
{
    private TaskHandoff()
    {
    }

    public TaskHandoff(Guid id, Guid taskId, Guid? fromUserId, Guid toUserId, DateTime atUtc, DateOnly? stepDueDate, string? note)
    {
        Id = id;
        TaskId = taskId;
        FromUserId = fromUserId;
        ToUserId = toUserId;
        AtUtc = atUtc;
        StepDueDate = stepDueDate;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid? FromUserId { get; private set; }

    public Guid ToUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public DateOnly? StepDueDate { get; private set; }

    public string? Note { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public void End(DateTime atUtc) => EndedAtUtc ??= atUtc;
}
