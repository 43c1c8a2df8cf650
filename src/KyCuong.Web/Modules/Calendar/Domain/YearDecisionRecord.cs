using System.Text.Json;
using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>
/// A year's official decision on days off (Labour Code 2019 art. 112.3: the Prime Minister picks the Tết days and the day
/// next to National Day; the Ministry of Home Affairs announces swaps), stored as the library's JSON with its source.
/// </summary>
internal sealed class YearDecisionRecord
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    private YearDecisionRecord()
    {
    }

    public YearDecisionRecord(Guid id, YearDecision decision, int calendarVersion, DateTime atUtc, string by)
    {
        Id = id;
        Year = decision.Year;
        Set(decision, calendarVersion, atUtc, by);
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    /// <summary>The legal basis (document number, notice).</summary>
    public string Source { get; private set; } = "";

    public string DecisionJson { get; private set; } = "";

    /// <summary>The calendar version this decision was last changed in.</summary>
    public int CalendarVersion { get; private set; }

    /// <summary>Application-managed concurrency token.</summary>
    public int Version { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public YearDecision ToDecision() =>
        JsonSerializer.Deserialize<YearDecision>(DecisionJson, Json) ?? throw new InvalidOperationException($"Empty decision for {Year}.");

    public void Set(YearDecision decision, int calendarVersion, DateTime atUtc, string by)
    {
        if (decision.Year != Year)
        {
            throw new ArgumentException("A decision row keeps its year.", nameof(decision));
        }

        Source = decision.Source ?? "";
        DecisionJson = JsonSerializer.Serialize(decision, Json);
        CalendarVersion = calendarVersion;
        UpdatedAtUtc = atUtc;
        UpdatedBy = by;
        Version++;
    }
}
