using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Citizens.SubmitFeedback;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.ForwardFeedback;

/// <summary>
/// <c>{"toUnitId"?,"toBody"?,"notice"?}</c>: a body in the organisation (the item is received there under a new tracking code) or
/// the name of a body outside it; the notice to the sender is written from them when not given.
/// </summary>
internal sealed record ForwardFeedbackRequest(Guid? ToUnitId, string? ToBody, string? Notice);

/// <summary>
/// An item outside the body's competence goes to the competent body with a notice to the sender, never back to the sender
/// (Nghị định 20/2008/NĐ-CP; 968/CĐ-TTg §1.h "not sent round in circles"). Inside the organisation it arrives there as a new
/// received item, whose tracking code the notice gives, so the sender follows it without filing again. The notice and the name of
/// a body outside are checked for personal data like a published answer (422 <c>feedback.answerHoldsPersonalData</c>, nothing saved).
/// </summary>
internal sealed class ForwardFeedbackHandler(
    AppDbContext db, FeedbackAccess access, IUnitDirectory units, ICalendarService calendar, AuditLog audit, TimeProvider clock, IOptions<CitizensOptions> options)
{
    public async Task<FeedbackActionResponse> HandleAsync(Guid id, ForwardFeedbackRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.ToUnitId is not null || !string.IsNullOrWhiteSpace(r.ToBody), "toBody",
                "Cần cơ quan có thẩm quyền nhận chuyển. / Name the competent body (toUnitId or toBody).")
            .MaxLength(r.ToBody, "toBody", "Cơ quan nhận", 300)
            .MaxLength(r.Notice, "notice", "Thông báo cho người gửi", 4000)
            .ThrowIfInvalid();
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        FeedbackItem? copy = null;
        string toName;
        if (r.ToUnitId is { } toId)
        {
            var to = await units.ResolveInForceAsync(toId, today, ct);
            if (to is null || !SubmitFeedbackHandler.IsPublicBody(to))
            {
                throw RequestValidationException.For("toUnitId", "Không có cơ quan này. / No such body.");
            }

            if (await units.Subtree(item.BodyUnitId).AnyAsync(x => x == to.Id, ct))
            {
                throw RequestValidationException.For("toUnitId",
                    "Cơ quan này thuộc cơ quan tiếp nhận: hãy giao xử lý, không chuyển. / That body belongs to the receiving body: route the item instead.");
            }

            toName = to.Name;
            var due = await calendar.DueAfterWorkingDaysAsync(today, options.Value.DecisionWorkingDays, ct);
            copy = new FeedbackItem(Guid.CreateVersion7(), TrackingCodes.New(), item.Kind, item.Subject, item.Content, item.SubmitterName ?? "", item.SubmitterPhone,
                item.SubmitterEmail, to.Id, item.ProcedureCode, today, now, due);
            db.FeedbackItems.Add(copy);
            audit.Record(CitizensAudit.Entity, copy.Id, CitizensAudit.Received, new { bodyUnitId = to.Id, copy.Kind, decisionDueDate = due, forwardedFrom = item.Id });
        }
        else
        {
            toName = r.ToBody!.Trim().Normalize();
        }

        var written = SubmitFeedbackHandler.Clean(r.Notice);
        var notice = written
            ?? $"Nội dung phản ánh, kiến nghị không thuộc thẩm quyền của cơ quan tiếp nhận nên đã được chuyển đến {toName} để xem xét, xử lý."
            + (copy is null ? "" : $" Ông/bà theo dõi kết quả bằng mã tra cứu mới {TrackingCodes.Display(copy.TrackingCode)}.");
        // NĐ 13/2023/NĐ-CP art. 11: the notice and the body's name are public by tracking code; 422 with the findings, nothing saved.
        item.Forward(toName, notice, now, noticeWritten: written is not null);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Forwarded, new { toUnitId = copy?.BodyUnitId, toBody = toName, newItemId = copy?.Id });
        await db.SaveChangesAsync(ct);
        return new FeedbackActionResponse(item.Id, item.Status, NewTrackingCode: copy?.TrackingCode);
    }
}
