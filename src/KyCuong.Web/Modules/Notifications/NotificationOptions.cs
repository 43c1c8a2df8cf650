using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Notifications;

/// <summary>Settings of notifications (section <c>Notifications</c>).</summary>
internal sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Vietnam time of the daily digest on working days.</summary>
    public TimeOnly DigestHour { get; set; } = Domain.DigestSchedule.DefaultHour;

    /// <summary>
    /// How many notices one claim of the outbox drainer takes and writes together (docs/performance.md "Notices in batches"):
    /// larger batches write faster, but a batch holds its claim until written and one bad notice makes its batch go one by one.
    /// </summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 1000;
}
