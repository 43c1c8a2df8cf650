namespace KyCuong.Calendar;

/// <summary>A day a decision makes off, or working, without a swap; <see cref="Note"/> says why.</summary>
public sealed record DecidedDay(DateOnly Date, string? Note = null);
