namespace KyCuong.Calendar;

/// <summary>Why a day is, or is not, a working day for public servants.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day (Monday–Friday, or a weekend day a decision made working).</summary>
    Working,

    /// <summary>Saturday or Sunday: public servants work Monday–Friday (Decree 188/1999/NĐ-CP).</summary>
    Weekend,

    /// <summary>A public holiday (Labour Code 2019 art. 112, or a holiday added by rule or decision).</summary>
    Holiday,

    /// <summary>A compensatory day off for a holiday on a weekend (Labour Code 2019 art. 111.3).</summary>
    Compensatory,

    /// <summary>A weekday given off by a yearly swap, worked back on a weekend day.</summary>
    SwappedOff,

    /// <summary>A weekend day worked to make up for a swapped weekday off.</summary>
    SwappedWorking,

    /// <summary>A day off decided for that year without a swap (e.g. an extraordinary day off).</summary>
    DecidedOff,
}
