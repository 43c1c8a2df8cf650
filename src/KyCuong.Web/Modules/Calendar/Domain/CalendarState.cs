namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>
/// The one row holding the calendar version. Every change of a rule or decision increments it in the same transaction;
/// the version is also the concurrency token, so two administrators editing at once cannot both win (409).
/// </summary>
internal sealed class CalendarState
{
    public const int SingletonId = 1;

    private CalendarState()
    {
    }

    public CalendarState(int version, DateTime atUtc)
    {
        Id = SingletonId;
        Version = version;
        UpdatedAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int Version { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>A change of the calendar: the new version.</summary>
    public int Bump(DateTime atUtc)
    {
        Version++;
        UpdatedAtUtc = atUtc;
        return Version;
    }
}
