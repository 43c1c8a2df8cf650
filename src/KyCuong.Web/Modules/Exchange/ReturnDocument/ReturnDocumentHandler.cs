using System.Text;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Exchange.Inbox;
using KyCuong.Web.Modules.Exchange.ListExchange;
using KyCuong.Web.Modules.Exchange.Transport;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Exchange.ReturnDocument;

/// <summary>docs/api.md "edXML exchange": <c>{"reason"}</c>, 1–1000 characters.</summary>
internal sealed record ReturnDocumentRequest(string? Reason);

/// <summary>
/// The recipient returns a document that reached it over edXML (docs/domain.md "edXML exchange"; QCVN 102:2016/BTTTT status 02
/// "từ chối tiếp nhận, trả lại"): the clerk of the receiving unit gives the reason, the message moves to <c>returned</c> (final,
/// so the status job sends nothing more for it) and the status message with the reason goes back to the sender through the
/// outbox, in the same save. Another unit's message is 404; a document already completed or returned is 409.
/// </summary>
internal sealed class ReturnDocumentHandler(AppDbContext db, IAccessControl access, IOutbox outbox, AuditLog audit, ListExchangeHandler list, TimeProvider clock)
{
    public const int MaxReason = 1000;

    public async Task<ExchangeItem> HandleAsync(Guid id, ReturnDocumentRequest request, CancellationToken ct)
    {
        var m = await db.ExchangeMessages.FirstOrDefaultAsync(x => x.Id == id && x.Direction == ExchangeDirection.Received, ct);
        if (m is null || !await access.HasAsync(Permission.RegisterDocuments, m.UnitId, ct))
        {
            throw new NotFoundException("Không tìm thấy văn bản nhận liên thông. / Received exchange message not found.");
        }

        new Validator().Require(request.Reason, "reason", "Lý do trả lại", MaxReason).ThrowIfInvalid();
        var reason = request.Reason!.Trim().Normalize(NormalizationForm.FormC);
        var now = clock.GetUtcNow();
        // QCVN 102:2016/BTTTT, trạng thái 02: the document is refused or returned, with the reason, at any point before it is completed.
        m.MoveTo(ExchangeStatus.Returned, now.UtcDateTime);
        var ev = InboxHandler.StatusEvent(m, ExchangeStatus.Returned, reason, now);
        db.ExchangeEvents.Add(ev);
        outbox.Enqueue(SendToHubHandler.TopicName, "edxml-status:" + ev.Id, new HubPayload(HubMessage.StatusKind, ev.Id));
        audit.Record(ExchangeAudit.Entity, m.Id, ExchangeAudit.Returned, new { m.DocumentId, To = m.FromCode, Reason = reason });
        await db.SaveChangesAsync(ct);
        return await list.GetAsync(m.Id, ct);
    }
}
