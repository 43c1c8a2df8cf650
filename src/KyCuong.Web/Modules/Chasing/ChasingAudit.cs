namespace KyCuong.Web.Modules.Chasing;

/// <summary>Audit names of the chasing module.</summary>
internal static class ChasingAudit
{
    public const string TaskEntity = "task";
    public const string PersonEntity = "person";
    public const string LadderEntity = "reminderLadder";
    public const string Reminder = "chasing.reminder";
    public const string ManualReminder = "chasing.manualReminder";
    public const string ReviewReminder = "chasing.reviewReminder";
    public const string FlagRaised = "chasing.flagRaised";
    public const string FlagCleared = "chasing.flagCleared";
    public const string LadderSaved = "chasing.ladderSaved";
}
