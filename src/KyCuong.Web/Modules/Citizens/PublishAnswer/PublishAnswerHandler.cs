using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Citizens.PublishAnswer;

/// <summary>
/// The receiving office publishes the answer: the public status becomes <c>answered</c> and the answer appears in the published list
/// under the item's subject. The office checks first that neither carries the sender's personal data.
/// </summary>
internal sealed class PublishAnswerHandler(AppDbContext db, FeedbackAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<FeedbackActionResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);
        item.Publish(clock.GetUtcNow().UtcDateTime);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Published, new { });
        await db.SaveChangesAsync(ct);
        return new FeedbackActionResponse(item.Id, item.Status, item.TaskId);
    }
}
