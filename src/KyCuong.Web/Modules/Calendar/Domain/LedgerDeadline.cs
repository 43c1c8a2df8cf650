namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>
/// A working-day deadline given by another module: "<see cref="WorkingDays"/> working days from
/// <see cref="TriggerDate"/>" gave <see cref="DueDate"/> under calendar <see cref="CalendarVersion"/>. The date is what
/// was given; only an explicit re-computation moves it (docs/domain.md §7).
/// </summary>
internal sealed class LedgerDeadline
{
    private LedgerDeadline()
    {
    }

    public LedgerDeadline(Guid id, string ownerType, Guid ownerId, DateOnly triggerDate, int workingDays, DateOnly dueDate, int calendarVersion, DateTime atUtc)
    {
        Id = id;
        OwnerType = ownerType;
        OwnerId = ownerId;
        Set(triggerDate, workingDays, dueDate, calendarVersion, atUtc);
    }

    public Guid Id { get; private set; }

    public string OwnerType { get; private set; } = "";

    public Guid OwnerId { get; private set; }

    public DateOnly TriggerDate { get; private set; }

    public int WorkingDays { get; private set; }

    public DateOnly DueDate { get; private set; }

    public int CalendarVersion { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Application-managed concurrency token: two re-computations racing cannot both move a row.</summary>
    public int Version { get; private set; }

    public void Set(DateOnly triggerDate, int workingDays, DateOnly dueDate, int calendarVersion, DateTime atUtc)
    {
        TriggerDate = triggerDate;
        WorkingDays = workingDays;
        DueDate = dueDate;
        CalendarVersion = calendarVersion;
        UpdatedAtUtc = atUtc;
        Version++;
    }

    public void MoveTo(DateOnly newDue, int calendarVersion, DateTime atUtc) => Set(TriggerDate, WorkingDays, newDue, calendarVersion, atUtc);
}
