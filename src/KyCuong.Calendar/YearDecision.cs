namespace KyCuong.Calendar;

/// <summary>
/// One year's official decision on days off (the Prime Minister's choice of Tết days and of the day
/// next to National Day, Labour Code 2019 art. 112.3, and the Ministry of Home Affairs' notice of
/// swaps). Plain data: serialises with System.Text.Json. Null lists mean "nothing decided".
/// </summary>
public sealed record YearDecision
{
    /// <summary>The solar year the decision is for.</summary>
    public required int Year { get; init; }

    /// <summary>Where the decision comes from (document number, notice), for the audit trail.</summary>
    public string? Source { get; init; }

    /// <summary>The official Tết holiday days (weekdays), replacing the default <see cref="TetRule"/>; weekends around them stay weekends.</summary>
    public IReadOnlyList<DateOnly>? TetDaysOff { get; init; }

    /// <summary>The day next to 2 Sep chosen this year (1 or 3 Sep), replacing the rule's default.</summary>
    public DateOnly? NationalDayAdjacentDay { get; init; }

    /// <summary>Weekday off ↔ weekend day worked.</summary>
    public IReadOnlyList<DaySwap>? Swaps { get; init; }

    /// <summary>Holidays for this year only.</summary>
    public IReadOnlyList<DecidedHoliday>? ExtraHolidays { get; init; }

    /// <summary>Extra days off that are not swaps.</summary>
    public IReadOnlyList<DecidedDay>? ExtraDaysOff { get; init; }

    /// <summary>Extra working days (they win over the weekend and over a generated holiday).</summary>
    public IReadOnlyList<DecidedDay>? ExtraWorkingDays { get; init; }
}
