using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Exchange.Transport;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Exchange.Inbox;

/// <summary>
/// The inbox's answer: the registered (or answered) exchange message and our document. <see cref="Created"/> is false when the same
/// envelope or status had already arrived (the first's ids, nothing new written).
/// </summary>
internal sealed record InboxResponse(Guid Id, Guid DocumentId, string Kind, string Status, bool Created);

/// <summary>
/// What arrives from the hub (docs/domain.md "edXML exchange"). An envelope is registered in the incoming register of our unit whose
/// agency code is its recipient, once per envelope, and answered with the status "received"; a status message moves the document we
/// sent along the state machine. The caller must register documents in the unit concerned (the hub's account, or a clerk).
/// </summary>
internal sealed class InboxHandler(
    AppDbContext db, IExchangeDocuments documents, IAgencyCodes codes, IAccessControl access, IOutbox outbox, AuditLog audit, TimeProvider clock,
    IOptions<ExchangeOptions> options)
{
    public async Task<InboxResponse> HandleAsync(byte[] body, CancellationToken ct)
    {
        EdXml.Parsed parsed;
        try
        {
            parsed = EdXml.Read(body, options.Value.MaxDepth);
        }
        catch (EdXmlFormatException e)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["body"] = [$"{e.Message} ({e.Code})"] });
        }

        return parsed.Envelope is { } envelope ? await ReceiveAsync(envelope, ct) : await AnswerAsync(parsed.Status!, ct);
    }

    private async Task<InboxResponse> ReceiveAsync(EdXmlEnvelope e, CancellationToken ct)
    {
        // The first of its recipients that is one of our units (an envelope to several agencies reaches each through the hub).
        AgencyUnit? recipient = null;
        foreach (var to in e.To)
        {
            if (await codes.FindAsync(to.OrganId, ct) is { } unit)
            {
                recipient = unit;
                break;
            }
        }

        if (recipient is null)
        {
            throw new UnknownRecipientException(string.Join(", ", e.To.Select(t => t.OrganId)));
        }

        await access.EnsureAsync(Permission.RegisterDocuments, recipient.UnitId, ct);
        var existing = await FindReceivedAsync(e.From.OrganId, e.DocumentId, recipient.AgencyCode, ct);
        if (existing is not null)
        {
            return new InboxResponse(existing.Id, existing.DocumentId, HubMessage.EnvelopeKind, ExchangeStatuses.Name(existing.Status), false);
        }

        var now = clock.GetUtcNow();
        ExchangeMessage? message = null;
        try
        {
            var documentId = await documents.RegisterIncomingAsync(new IncomingExchangeDocument(
                recipient.UnitId, e.From.OrganName, e.NumberSymbol, e.PromulgationDate, e.DocumentType, e.Place, e.Subject, e.Priority,
                Signer(e), e.SignerCompetence, $"Nhận qua trục liên thông (edXML) từ {e.From.OrganName} ({e.From.OrganId}).",
                e.Attachments.Select(a => new ExchangeFile(Path.GetFileName(a.AttachmentName) is { Length: > 0 and <= 260 } n ? n : a.ContentId, Cut(a.ContentType, 150), a.Content)).ToList()),
                (id, _) =>
                {
                    var to = new EdXmlOrgan(recipient.AgencyCode, recipient.Name);
                    // QCVN 102:2016/BTTTT: status 01 (đã đến) tells the sender the envelope reached our system, 03 (đã tiếp nhận) that it
                    // is in the incoming register; both are sent, in that order, since both happen here at once.
                    message = ExchangeMessage.Create(ExchangeDirection.Received, recipient.UnitId, id, e.DocumentId, e.From, to, e.NumberSymbol, e.Subject,
                        ExchangeStatus.Delivered, null, now.UtcDateTime, null);
                    db.ExchangeMessages.Add(message);
                    AddStatus(message, ExchangeStatus.Delivered, "Đã nhận được gói tin.", now);
                    message.MoveTo(ExchangeStatus.Received, now.UtcDateTime);
                    AddStatus(message, ExchangeStatus.Received, "Đã vào sổ văn bản đến.", now);
                    audit.Record(ExchangeAudit.Entity, message.Id, ExchangeAudit.Received, new { DocumentId = id, From = e.From.OrganId, To = recipient.AgencyCode, EnvelopeId = e.DocumentId });
                    return Task.CompletedTask;
                }, ct);
            return new InboxResponse(message!.Id, documentId, HubMessage.EnvelopeKind, ExchangeStatuses.Name(message.Status), true);
        }
        catch (Exception ex) when (ex is DbUpdateException or DomainException { Code: "document.duplicateNumberSymbol" })
        {
            // The same envelope delivered twice at once: the other request registered it first.
            db.ChangeTracker.Clear();
            var first = await FindReceivedAsync(e.From.OrganId, e.DocumentId, recipient.AgencyCode, ct);
            if (first is null)
            {
                throw;
            }

            return new InboxResponse(first.Id, first.DocumentId, HubMessage.EnvelopeKind, ExchangeStatuses.Name(first.Status), false);
        }
    }

    private async Task<InboxResponse> AnswerAsync(EdXmlStatusMessage s, CancellationToken ct)
    {
        var m = await db.ExchangeMessages.FirstOrDefaultAsync(x => x.Direction == ExchangeDirection.Sent && x.FromCode == s.ResponseForOrganId
            && x.EnvelopeId == s.ResponseForDocumentId && x.ToCode == s.From.OrganId, ct)
            ?? throw new UnknownDocumentException();
        await access.EnsureAsync(Permission.RegisterDocuments, m.UnitId, ct);
        if (await db.ExchangeEvents.AnyAsync(x => x.MessageId == m.Id && x.Status == s.Status, ct))
        {
            return new InboxResponse(m.Id, m.DocumentId, HubMessage.StatusKind, ExchangeStatuses.Name(m.Status), false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // 01 (đã đến) and 03 (đã tiếp nhận) leave the recipient together and may reach us in either order: an arrival after a later
        // status is kept in the timeline but does not move the document back.
        var late = s.Status == ExchangeStatus.Delivered && m.Status != ExchangeStatus.Sent;
        if (!late)
        {
            m.MoveTo(s.Status, now);
        }

        db.ExchangeEvents.Add(ExchangeEvent.Create(m.Id, s.Status, s.Timestamp == DateTimeOffset.MinValue ? now : s.Timestamp.UtcDateTime, s.Description, null));
        audit.Record(ExchangeAudit.Entity, m.Id, ExchangeAudit.Status, new { Status = ExchangeStatuses.Name(s.Status), From = s.From.OrganId });
        await db.SaveChangesAsync(ct);
        return new InboxResponse(m.Id, m.DocumentId, HubMessage.StatusKind, ExchangeStatuses.Name(m.Status), true);
    }

    /// <summary>Adds a status to a received document's timeline and queues its status message back to the sender.</summary>
    internal static ExchangeEvent StatusEvent(ExchangeMessage m, ExchangeStatus status, string? note, DateTimeOffset now) =>
        ExchangeEvent.Create(m.Id, status, now.UtcDateTime, note, EdXml.WriteStatus(new EdXmlStatusMessage(
            m.FromCode, m.EnvelopeId, m.NumberSymbol, new EdXmlOrgan(m.ToCode, m.ToName), status, note, now)));

    private void AddStatus(ExchangeMessage m, ExchangeStatus status, string note, DateTimeOffset now)
    {
        var ev = StatusEvent(m, status, note, now);
        db.ExchangeEvents.Add(ev);
        outbox.Enqueue(SendToHubHandler.TopicName, "edxml-status:" + ev.Id, new HubPayload(HubMessage.StatusKind, ev.Id));
    }

    private Task<ExchangeMessage?> FindReceivedAsync(string fromCode, string envelopeId, string toCode, CancellationToken ct) =>
        db.ExchangeMessages.AsNoTracking().FirstOrDefaultAsync(x => x.Direction == ExchangeDirection.Received && x.FromCode == fromCode && x.EnvelopeId == envelopeId
            && x.ToCode == toCode, ct);

    private static string? Signer(EdXmlEnvelope e) => (e.SignerPosition, e.SignerFullName) switch
    {
        (null, var n) => n,
        (var p, null) => p,
        var (p, n) => $"{p}: {n}",
    };

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>None of the envelope's recipients is one of our units: 422 <c>edxml.unknownRecipient</c>.</summary>
internal sealed class UnknownRecipientException(string codes)
    : Exception($"Không có đơn vị nào mang mã định danh {codes} trong hệ thống. / No unit has the recipient agency code {codes}.");

/// <summary>A status message for a document we never sent: 422 <c>edxml.unknownDocument</c>.</summary>
internal sealed class UnknownDocumentException()
    : Exception("Thông điệp trạng thái cho văn bản không do hệ thống này gửi. / The status answers a document this system did not send.");
