namespace KyCuong.Web.Modules.Webhooks.Domain;

/// <summary>
/// The event kinds a subscription may ask for (docs/domain.md "Webhooks") and the audit rows they are read from: every change the
/// system makes is recorded in the audit log in the same transaction (ADR 0004), so an event is captured exactly when its change
/// commits, and a rollback loses both.
/// </summary>
internal static class WebhookEvents
{
    public const string TaskCreated = "task.created";
    public const string TaskHandedOff = "task.handedOff";
    public const string TaskOverdue = "task.overdue";
    public const string TaskCompleted = "task.completed";
    public const string TaskReviewed = "task.reviewed";
    public const string ConsultationDeemedAgreed = "consultation.deemedAgreed";
    public const string SubmissionReturned = "submission.returned";
    public const string DocumentRegistered = "document.registered";
    public const string ReportSubmitted = "report.submitted";

    /// <summary>Every kind with its Vietnamese label, in the order the page lists them.</summary>
    public static readonly IReadOnlyList<(string Kind, string Label)> All =
    [
        (TaskCreated, "Giao nhiệm vụ mới"),
        (TaskHandedOff, "Chuyển xử lý nhiệm vụ"),
        (TaskOverdue, "Nhiệm vụ quá hạn"),
        (TaskCompleted, "Hoàn thành nhiệm vụ"),
        (TaskReviewed, "Đánh giá kết quả nhiệm vụ"),
        (ConsultationDeemedAgreed, "Quá hạn lấy ý kiến, coi như đồng ý"),
        (SubmissionReturned, "Trả lại tờ trình"),
        (DocumentRegistered, "Vào sổ văn bản"),
        (ReportSubmitted, "Gửi báo cáo định kỳ"),
    ];

    public static bool IsKnown(string? kind) => kind is not null && All.Any(k => k.Kind == kind);

    public static string Label(string kind) => All.FirstOrDefault(k => k.Kind == kind).Label ?? kind;

    /// <summary>
    /// The event an audit row stands for, or null. Overdue has no audit row of its own: the overdue job finds tasks whose deadline
    /// passed (<see cref="Overdue.OverdueEventJob"/>).
    /// </summary>
    public static string? FromAudit(string entityType, string action) => (entityType, action) switch
    {
        ("task", "assigned") => TaskCreated,
        ("task", "recurringReportCreated") => TaskCreated,
        ("task", "handedOff") => TaskHandedOff,
        ("task", "completed") => TaskCompleted,
        ("task", "reviewed") => TaskReviewed,
        ("task", "reviewedReopened") => TaskReviewed,
        ("consultation", "deemedAgreed") => ConsultationDeemedAgreed,
        ("submission", "returned") => SubmissionReturned,
        ("document", "registered") => DocumentRegistered,
        ("report", "submitted") => ReportSubmitted,
        _ => null,
    };
}
