using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Work.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Work;

/// <summary>
/// "Việc cần xử lý" (docs/domain.md §6, §8, §10): each list comes from the module that owns it, through that module's contract
/// (never its tables), and each module answers for the signed-in person only, so nobody sees another person's list. Every list
/// is bounded (at most <c>max</c> items plus its total) and read on indexed columns.
/// </summary>
internal sealed class WorkListService(
    ITaskWorkItems tasks, ITaskDeadlines taskTitles, IDocumentWorkItems documents, IConsultationWorkItems consultations, ISubmissionWorkItems submissions,
    IReminderWorkItems reminders, IAcknowledgementWorkItems acknowledgements, QueryCounter counter, TimeProvider clock) : IWorkList
{
    public const int DefaultMax = 20;

    public const int MaxItems = 100;

    /// <summary>Reminders of the last 30 days are shown; older ones are on the person's accountability page.</summary>
    public const int ReminderDays = 30;

    private int? _count;

    public async Task<MyWork> GetAsync(int max, CancellationToken ct)
    {
        max = Math.Clamp(max, 1, MaxItems);
        var today = clock.Today();
        static DateTimeOffset? At(DateTime? utc) => utc is { } u ? VietnamTime.ToVietnam(u) : null;
        string TaskLink(Guid id) => $"/Tasks/Details/{id}";
        WorkList FromTasks(TaskWorkList list, string kind, bool overdueMatters) => new(list.Items.Select(t => new WorkItem(t.TaskId, t.Title, t.DueDate, TaskLink(t.TaskId), kind,
            overdueMatters && t.DueDate is { } d && d < today, t.Detail, At(t.SinceUtc))).ToList(), list.Total);

        // One DbContext per request: the lists are read one after another.
        var held = FromTasks(await tasks.HeldAsync(max, ct), "taskHeld", true);
        var review = FromTasks(await tasks.ToReviewAsync(max, ct), "completionToReview", false);
        var extensions = FromTasks(await tasks.ExtensionRequestsAsync(max, ct), "extensionRequest", false);
        var reassign = FromTasks(await tasks.ToReassignAsync(max, ct), "toReassign", false);
        var followed = FromTasks(await tasks.FollowedAsync(max, ct), "followed", true);

        var docs = await documents.PresentedToMeAsync(max, ct);
        var presented = new WorkList(docs.Items.Select(d => new WorkItem(d.DocumentId, d.Subject, null, $"/Documents/Details/{d.DocumentId}", "documentPresented", false,
            string.Join(" — ", new[] { d.NumberSymbol, d.IssuerName }.Where(x => !string.IsNullOrWhiteSpace(x))), At(d.PresentedAtUtc))).ToList(), docs.Total);

        var consult = await consultations.ToAnswerAsync(max, ct);
        var toAnswer = new WorkList(consult.Items.Select(c => new WorkItem(c.ConsultationId, c.Subject, c.DueDate, $"/Consultations/Details/{c.ConsultationId}",
            "consultationToAnswer", c.DueDate < today, c.DelayNotified ? "Đã báo xin lùi thời hạn" : null, null)).ToList(), consult.Total);

        var subs = await submissions.ToReviewAsync(max, ct);
        var toReviewSubs = new WorkList(subs.Items.Select(s => new WorkItem(s.SubmissionId, s.Title, null, $"/Submissions/Details/{s.SubmissionId}", "submissionToReview",
            false, s.SubmitterUnitName, s.SubmittedAt)).ToList(), subs.Total);

        var received = await reminders.ReceivedAsync(VietnamTime.StartOfDay(today.AddDays(-ReminderDays)).UtcDateTime, max, ct);
        var titles = await taskTitles.TitlesAsync(received.Items.Select(r => r.TaskId).Distinct().ToList(), ct);
        var reminderList = new WorkList(received.Items.Select(r => new WorkItem(r.TaskId, titles.GetValueOrDefault(r.TaskId) ?? "", r.DueDate, TaskLink(r.TaskId),
            "reminder", false, ReminderLabel(r.Kind, r.Counts), At(r.AtUtc))).ToList(), received.Total);

        var acks = await acknowledgements.PendingForMeAsync(max, ct);
        var toAcknowledge = new WorkList(acks.Items.Select(a => new WorkItem(a.DocumentId, a.Subject, null, $"/Documents/Details/{a.DocumentId}", "documentToAcknowledge", false,
            string.Join(" — ", new[] { a.NumberSymbol, a.IssuerName }.Where(x => !string.IsNullOrWhiteSpace(x))), At(a.RequiredAtUtc))).ToList(), acks.Total);

        var count = held.Total + review.Total + extensions.Total + reassign.Total + presented.Total + toAnswer.Total + toReviewSubs.Total + toAcknowledge.Total;
        _count = count;
        return new MyWork(held, review, extensions, reassign, presented, toAnswer, toReviewSubs, reminderList, followed, count) { ToAcknowledge = toAcknowledge };
    }

    /// <summary>
    /// The navigation's count on every page: only the totals of the lists that wait for the person's action (each list
    /// asked for no items), not the reminders and followed tasks that <see cref="GetAsync"/> also reads.
    /// </summary>
    public async Task<int> CountAsync(CancellationToken ct)
    {
        if (_count is { } known)
        {
            return known;
        }

        // Each module gives its lists' rows as queries not yet run (its own filters, through its contract), and the eight are counted
        // in one statement: a statement per module cost every page five round trips, plans and EF's work on each (docs/performance.md
        // "The navigation's count in one statement"). Each module's reads of the caller's place are shared by the request (ICallerPlace).
        var parts = new List<IQueryable<Guid>>();
        parts.AddRange(await tasks.WaitingAsync(ct));
        parts.AddRange(await documents.WaitingAsync(ct));
        parts.AddRange(await consultations.WaitingAsync(ct));
        parts.AddRange(await submissions.WaitingAsync(ct));
        parts.AddRange(await acknowledgements.WaitingAsync(ct));
        var count = await counter.SumAsync(parts, ct);
        _count = count;
        return count;
    }

    internal static string ReminderLabel(string kind, bool counts) => kind switch
    {
        "courtesy" => "Nhắc hạn (không tính là lần bị đôn đốc)",
        "overdue" => "Đôn đốc quá hạn (tính là lần bị đôn đốc)",
        "escalation" => "Báo cáo đôn đốc (bản gửi lãnh đạo)",
        "manual" => "Đôn đốc trực tiếp (tính là lần bị đôn đốc)",
        "review" => "Đôn đốc đánh giá kết quả",
        _ => counts ? "Đôn đốc (tính là lần bị đôn đốc)" : "Nhắc việc",
    };
}
