namespace KyCuong.Web.Modules.Inspections;

/// <summary>The audit vocabulary of checks: every change writes one row in the change's own transaction.</summary>
internal static class InspectionAudit
{
    public const string Entity = "inspection";

    /// <summary>The notification category of checks (the inbox shows it as a general notice).</summary>
    public const string NotificationCategory = "inspection";

    public const string Decided = "decided";
    public const string Started = "started";
    public const string FindingRecorded = "findingRecorded";
    public const string Explained = "explained";
    public const string Concluded = "concluded";
    public const string RemedyVerified = "remedyVerified";
    public const string SampleDrawn = "sampleDrawn";
    public const string EvidenceAttached = "evidenceAttached";
    public const string FindingReviewed = "findingReviewed";

    public const string PlanEntity = "inspectionPlan";
    public const string PlanDrafted = "drafted";
    public const string PlanRevised = "revised";
    public const string PlanApproved = "approved";
}
