namespace KyCuong.Web.Modules.Notifications;

/// <summary>Settings of notifications (section <c>Notifications</c>).</summary>
internal sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Vietnam time of the daily digest on working days.</summary>
    public TimeOnly DigestHour { get; set; } = Domain.DigestSchedule.DefaultHour;
}
