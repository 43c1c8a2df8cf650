namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>A person's e-mail choice; without a row the mode is <see cref="EmailMode.Immediate"/>.</summary>
internal sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public NotificationPreference(Guid userId, string emailMode, DateTime updatedAtUtc)
    {
        UserId = userId;
        EmailMode = emailMode;
        UpdatedAtUtc = updatedAtUtc;
    }

    public Guid UserId { get; private set; }

    public string EmailMode { get; private set; } = Domain.EmailMode.Immediate;

    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(string emailMode, DateTime atUtc)
    {
        EmailMode = emailMode;
        UpdatedAtUtc = atUtc;
    }
}
