using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Deliver;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Webhooks.DeleteWebhook;

/// <summary>
/// Removes a subscription with its delivery log (audited: the audit row keeps its address and kinds); deliveries still waiting in the
/// outbox find nothing and end. <see cref="EnableAsync"/> resumes a disabled one with a fresh failure count.
/// </summary>
internal sealed class DeleteWebhookHandler(AppDbContext db, WebhookAccess access, AuditLog audit, SubscribedKinds subscribed)
{
    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var s = await access.FindAsync(id, track: true, ct);
        audit.Record(WebhookAudit.Entity, s.Id, WebhookAudit.Deleted, new { s.UnitId, s.Url, events = s.EventList });
        db.WebhookSubscriptions.Remove(s);
        await db.SaveChangesAsync(ct);
        subscribed.Invalidate();
    }

    public async Task EnableAsync(Guid id, CancellationToken ct)
    {
        var s = await access.FindAsync(id, track: true, ct);
        if (s.DisabledAtUtc is null)
        {
            return;
        }

        audit.Record(WebhookAudit.Entity, s.Id, WebhookAudit.Enabled, new { s.DisabledAtUtc, s.DisabledReason });
        s.DisabledAtUtc = null;
        s.DisabledReason = null;
        s.ConsecutiveFailures = 0;
        await db.SaveChangesAsync(ct);
        subscribed.Invalidate();
    }
}
