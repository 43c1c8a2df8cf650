using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Deliver;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Modules.Webhooks.FanOut;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Webhooks.ReplayDelivery;

internal sealed record ReplayedDelivery(Guid Id, string Status);

/// <summary>
/// "Gửi lại": the same delivery (same body and <c>X-KyCuong-Delivery</c> id, so a receiver can tell it already has it) is sent again
/// now, whatever its state; the attempts go on counting in the log. Audited. A disabled subscription is resumed first (409).
/// </summary>
internal sealed class ReplayDeliveryHandler(AppDbContext db, WebhookAccess access, IOutbox outbox, AuditLog audit)
{
    public const string DisabledCode = "webhook.disabled";

    public async Task<ReplayedDelivery> HandleAsync(Guid id, Guid deliveryId, CancellationToken ct)
    {
        var s = await access.FindAsync(id, track: false, ct);
        var d = await db.WebhookDeliveries.FirstOrDefaultAsync(x => x.Id == deliveryId && x.SubscriptionId == s.Id, ct)
            ?? throw new NotFoundException("Không tìm thấy lượt gửi. / Delivery not found.");
        if (s.DisabledAtUtc is not null)
        {
            throw new DomainException(DisabledCode, "Đăng ký đang tạm dừng; bật lại trước khi gửi lại. / The subscription is disabled; enable it before replaying.");
        }

        d.Status = DeliveryStatus.Pending;
        outbox.Enqueue(WebhookTopics.Delivery, $"hook-delivery:{d.Id}:replay:{Guid.CreateVersion7()}", new DeliveryPayload(d.Id));
        audit.Record(WebhookAudit.Entity, s.Id, WebhookAudit.Replayed, new { deliveryId = d.Id, d.Event, d.EventId, d.Attempts });
        await db.SaveChangesAsync(ct);
        return new ReplayedDelivery(d.Id, d.Status);
    }
}
