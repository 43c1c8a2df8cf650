using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.AnswerFeedback;

internal sealed record AnswerFeedbackRequest(string? Answer);

/// <summary>The competent unit records its answer; it is public only once published (Citizens:PublishWorkingDays to do so).</summary>
internal sealed class AnswerFeedbackHandler(AppDbContext db, FeedbackAccess access, ICalendarService calendar, AuditLog audit, TimeProvider clock, IOptions<CitizensOptions> options)
{
    public async Task<FeedbackActionResponse> HandleAsync(Guid id, AnswerFeedbackRequest r, CancellationToken ct)
    {
        new Validator().Require(r.Answer, "answer", "Nội dung trả lời", 8000).ThrowIfInvalid();
        var item = await access.LoadAsync(id, ct);
        await access.EnsureAnsweringAsync(item, ct);
        var publishDue = await calendar.DueAfterWorkingDaysAsync(clock.Today(), options.Value.PublishWorkingDays, ct);
        item.RecordAnswer(r.Answer!.Trim().Normalize(), clock.GetUtcNow().UtcDateTime, publishDue);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Answered, new { publishDueDate = publishDue });
        await db.SaveChangesAsync(ct);
        return new FeedbackActionResponse(item.Id, item.Status, item.TaskId, publishDue);
    }
}
