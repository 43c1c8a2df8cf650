using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions.SubmitSubmission;

internal sealed record SubmissionStepResponse(Guid Id, string Status, int ReturnCount, SubmissionClockDto Clock);

/// <summary>
/// Sends a draft, or sends a returned submission again after completing it (docs/domain.md §9): the office's clock starts again.
/// The own-competence flag travels with it, so the office sees it.
/// </summary>
internal sealed class SubmitSubmissionHandler(AppDbContext db, SubmissionAccess access, SubmissionSteps steps, AuditLog audit, INotifier notifier, ICurrentUser currentUser)
{
    public async Task<SubmissionStepResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var s = await access.LoadAsync(id, ct);
        if (!await access.CanHandleAsync(s, ct))
        {
            throw new ForbiddenException("Chỉ đơn vị trình được gửi tờ trình. / Only the submitting unit may send the submission.");
        }

        var ev = await steps.AddAsync(s, SubmissionEventKind.Submitted, null, null, null, ct);
        var again = s.Submit(ev.AtUtc);
        audit.Record(SubmissionAudit.Entity, s.Id, SubmissionAudit.Submitted, new { s.ToUnitId, again, s.OwnCompetence, s.OwnCompetenceEntryId });
        var subject = (again ? "Tờ trình được trình lại: " : "Tờ trình mới: ") + s.Title;
        var body = s.OwnCompetence
            ? "Lưu ý: theo danh mục thẩm quyền, việc này thuộc thẩm quyền của đơn vị trình (không đẩy lên cấp trên)."
            : "Đề nghị Văn phòng xem xét, tham mưu.";
        foreach (var person in await access.OfficePeopleAsync(s.ToUnitId, ct))
        {
            if (person != currentUser.UserId)
            {
                notifier.Notify(new NotificationRequest(person, NotificationCategories.Submission, subject, body, $"/Submissions/Details/{s.Id}", $"submission:{s.Id}:{ev.Sequence}:{person}"));
            }
        }

        await db.SaveChangesAsync(ct);
        return new SubmissionStepResponse(s.Id, SubmissionDto.StatusName(s.Status), s.ReturnCount, await steps.ClockAsync(s.Id, ct));
    }
}
