using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Platform.Time;

/// <summary>Settings under <c>Clock</c> (README, Configuration; docs/api.md on the test clock).</summary>
internal sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary><c>System</c> (default) or <c>Manual</c> (test clock; Development/Testing only).</summary>
    [Required, RegularExpression("(?i)^(System|Manual)$", ErrorMessage = "Clock:Mode phải là System hoặc Manual. / Clock:Mode must be System or Manual.")]
    public string Mode { get; set; } = "System";

    /// <summary>Optional start time of the manual clock.</summary>
    public DateTimeOffset? Start { get; set; }

    public bool IsManual => string.Equals(Mode, "Manual", StringComparison.OrdinalIgnoreCase);
}
