namespace KyCuong.Web.Modules.Chasing.Domain;

/// <summary>
/// One open task with a due date under watch: who answers for it, its due date and the next step of the ladder with the
/// instant it falls due. The sweep keeps these rows in step with the tasks set-based, and claims due rows in batches.
/// </summary>
internal sealed class ChaseWatch
{
    /// <summary>A row just inserted or whose due date moved: the sweep plans its next step (no notice is sent for planning).</summary>
    public const int Unplanned = -1000;

    public Guid TaskId { get; set; }

    public Guid? AnswerableUserId { get; set; }

    public Guid LeadUnitId { get; set; }

    public Guid AssignerUnitId { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary>Steps ≤ 0 are courtesy notices that many working days before the due date; steps ≥ 1 are the overdue reminders.</summary>
    public int NextStep { get; set; }

    public DateTime NextAtUtc { get; set; }

    /// <summary>The last step sent; a re-planned ladder (extended due date) never repeats a step, so no effect happens twice.</summary>
    public int? LastStep { get; set; }
}
