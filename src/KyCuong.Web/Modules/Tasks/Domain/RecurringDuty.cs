namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// A recurring reporting duty ("định kỳ 6 tháng, hàng năm báo cáo", docs/domain.md §6) of a lead unit. The recurring-report job
/// creates one report task per period begun; the unique (duty, period) key makes it idempotent even when two nodes race.
/// </summary>
internal sealed class RecurringDuty
{
    private RecurringDuty()
    {
    }

    public RecurringDuty(Guid id, Guid standingTaskId, string title, string phrase, ReportCadence cadence, Guid assignerUnitId, Guid leadUnitId,
        DateOnly startsOn, DateTime createdAtUtc)
    {
        Id = id;
        StandingTaskId = standingTaskId;
        Title = title;
        Phrase = phrase;
        Cadence = cadence;
        AssignerUnitId = assignerUnitId;
        LeadUnitId = leadUnitId;
        StartsOn = startsOn;
        CreatedAtUtc = createdAtUtc;
        Active = true;
    }

    public Guid Id { get; private set; }

    /// <summary>The standing task the duty belongs to; each period's report task is its child.</summary>
    public Guid StandingTaskId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The phrase as written ("định kỳ 6 tháng, hàng năm").</summary>
    public string Phrase { get; private set; } = "";

    public ReportCadence Cadence { get; private set; }

    public Guid AssignerUnitId { get; private set; }

    public Guid LeadUnitId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public bool Active { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int Version { get; private set; }

    public void Stop(DateOnly endsOn)
    {
        EndsOn = endsOn;
        Active = false;
        Version++;
    }
}
