namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// The assigning side's review of one reported completion (docs/domain.md §6, results reviewed): whether the result meets the
/// requirement, whether it has a major error, a note, who reviewed and when, and whether the task was sent back. The holder at
/// completion is kept so that send-backs and quality marks count against the person who reported the result (the evaluation of
/// officials reads them, Nghị định 335/2025).
/// </summary>
internal sealed class TaskReview
{
    private TaskReview()
    {
    }

    public TaskReview(Guid id, Guid taskId, ReviewQuality quality, bool majorError, string? note, bool reopened, Guid? holderUserId, DateOnly completedOn,
        DateTime atUtc, Guid? byUserId)
    {
        Id = id;
        TaskId = taskId;
        Quality = quality;
        MajorError = majorError;
        Note = note;
        Reopened = reopened;
        HolderUserId = holderUserId;
        CompletedOn = completedOn;
        AtUtc = atUtc;
        ByUserId = byUserId;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public ReviewQuality Quality { get; private set; }

    public bool MajorError { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The completion was voided and the task opened again (a send-back, counted against <see cref="HolderUserId"/>).</summary>
    public bool Reopened { get; private set; }

    /// <summary>Who held the task when the completion was reported.</summary>
    public Guid? HolderUserId { get; private set; }

    /// <summary>The completion date the review judged.</summary>
    public DateOnly CompletedOn { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid? ByUserId { get; private set; }
}

internal enum ReviewQuality
{
    Met,
    NotMet,
}
