namespace KyCuong.Web.Modules.Consultations;

/// <summary>The audit vocabulary of consultations: every change writes one row in the change's own transaction.</summary>
internal static class ConsultationAudit
{
    public const string Entity = "consultation";

    /// <summary>The owner type of consultation deadlines in the calendar's deadline ledger.</summary>
    public const string DeadlineOwnerType = "consultation";

    public const string Requested = "requested";
    public const string Answered = "answered";
    public const string LateAnswer = "lateAnswer";
    public const string DelayNotified = "delayNotified";
    public const string Returned = "returned";
    public const string DeemedAgreed = "deemedAgreed";
    public const string ReportedToSuperior = "reportedToSuperior";
    public const string Reconciled = "reconciled";
    public const string Escalated = "escalated";
    public const string DeadlineRecomputed = "deadlineRecomputed";
}
