using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>
/// Settings of the acknowledgement reminders (section <c>Documents:Acknowledgement</c>; docs/domain.md "Acknowledgement of directives",
/// docs/operations.md). No legal text sets the delay: the default leaves officials three working days to read a directive on their own.
/// </summary>
internal sealed class AcknowledgementOptions
{
    public const string Section = "Documents:Acknowledgement";

    /// <summary>Working days after the direction before the daily job first reminds those still missing (0 = from the next working day's run; 0–60).</summary>
    [Range(0, 60)]
    public int FirstReminderAfterWorkingDays { get; set; } = 3;

    /// <summary>Whether the daily job reminds at all (a leader can still remind by hand).</summary>
    public bool DailyReminders { get; set; } = true;
}
