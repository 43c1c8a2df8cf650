namespace KyCuong.Web.Modules.Chasing.Domain;

/// <summary>
/// The counted reminders of one person: in all, and since the transfer-review flag was last cleared. Kept as a running
/// tally (an atomic increment per batch) so the flag is decided in the same transaction as the reminder that reaches it.
/// </summary>
internal sealed class PersonTally
{
    public Guid UserId { get; set; }

    public int Total { get; set; }

    public int SinceClear { get; set; }

    /// <summary>Set while the transfer-review flag is raised.</summary>
    public DateTime? FlaggedAtUtc { get; set; }
}
