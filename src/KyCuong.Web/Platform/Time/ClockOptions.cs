namespace KyCuong.Web.Platform.Time;

internal sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary><c>System</c> (default) or <c>Manual</c> (test clock; Development/Testing only).</summary>
    public string Mode { get; set; } = "System";

    /// <summary>Optional start time of the manual clock.</summary>
    public DateTimeOffset? Start { get; set; }

    public bool IsManual => string.Equals(Mode, "Manual", StringComparison.OrdinalIgnoreCase);
}
