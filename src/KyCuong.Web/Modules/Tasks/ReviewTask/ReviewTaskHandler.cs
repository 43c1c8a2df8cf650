using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks.ReviewTask;

/// <summary>
/// docs/domain.md §6 (results reviewed): the assigning unit's leader or delegate (AssignWork on the assigning unit) judges a
/// reported completion — met or not met, a major error or not, a note — once per completion. <c>reopen</c> voids the completion
/// and opens the task again with the same deadline; the send-back counts against the person who reported the result. The
/// review, its author and time go into the audit trail (the evaluation of officials reads them, Nghị định 335/2025) and the
/// holder is told.
/// </summary>
internal sealed class ReviewTaskHandler(AppDbContext db, TaskAccess taskAccess, OrgPeople people, AuditLog audit, INotifier notifier, ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<ReviewTaskResponse> HandleAsync(Guid id, ReviewTaskRequest request, CancellationToken ct)
    {
        var quality = ParseQuality(request.Quality);
        var reopen = request.Reopen ?? false;
        new Validator()
            .Check(quality is not null, "quality", "Chọn đánh giá chất lượng: met (đạt yêu cầu) hoặc notMet (không đạt). / quality must be met or notMet.")
            .Check(!(reopen && quality == ReviewQuality.Met), "reopen",
                "Chỉ trả lại để làm lại kết quả không đạt yêu cầu. / Only a result that is not met can be sent back.")
            .Check(!reopen || !string.IsNullOrWhiteSpace(request.Note), "note", "Nêu lý do khi trả lại để làm lại. / A note is required when sending back.")
            .MaxLength(request.Note, "note", "Nhận xét", 4000)
            .ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureIsAssignerAsync(task, ct);
        var completedOn = task.CompletedOn;
        var holder = task.CurrentHolderUserId ?? task.LeadUserId;
        task.Review(reopen);

        var now = clock.GetUtcNow().UtcDateTime;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim().Normalize();
        var review = new TaskReview(Guid.CreateVersion7(), id, quality!.Value, request.MajorError ?? false, note, reopen, holder, completedOn!.Value, now,
            currentUser.UserId);
        db.TaskReviews.Add(review);
        audit.Record(TaskAudit.Entity, id, reopen ? TaskAudit.ReviewedReopened : TaskAudit.Reviewed,
            new { quality = QualityName(review.Quality), majorError = review.MajorError, reopen, holderUserId = holder, completedOn, dueDate = task.DueDate }, note);

        if (holder is { } h)
        {
            notifier.Notify(ResultNotices.ReviewDecided(h, task, review));
        }

        await db.SaveChangesAsync(ct);
        var names = await people.NamesAsync(currentUser.UserId is { } me ? [me] : [], ct);
        return new ReviewTaskResponse(id, task.StatusOn(clock.Today()), GetTaskHandler.StateName(task.State), task.DueDate, task.Version, ToDto(review, names));
    }

    internal static ReviewQuality? ParseQuality(string? value) => value switch
    {
        "met" => ReviewQuality.Met,
        "notMet" => ReviewQuality.NotMet,
        _ => null,
    };

    internal static string QualityName(ReviewQuality q) => q == ReviewQuality.Met ? "met" : "notMet";

    internal static string QualityLabel(ReviewQuality q) => q == ReviewQuality.Met ? "Đạt yêu cầu" : "Không đạt yêu cầu";

    internal static ReviewDto ToDto(TaskReview r, IReadOnlyDictionary<Guid, string> names) =>
        new(QualityName(r.Quality), QualityLabel(r.Quality), r.MajorError, r.Note, VietnamTime.ToVietnam(r.AtUtc),
            r.ByUserId is { } by ? new PersonRef(by, names.TryGetValue(by, out var n) ? n : "") : null, r.Reopened, r.CompletedOn);
}
