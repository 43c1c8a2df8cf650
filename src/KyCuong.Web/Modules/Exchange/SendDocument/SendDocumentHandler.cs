using System.Text.RegularExpressions;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Exchange.Transport;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Exchange.SendDocument;

/// <summary>docs/api.md "edXML exchange": <c>{"documentId","toAgencyCode"}</c>.</summary>
internal sealed record SendDocumentRequest(Guid? DocumentId, string? ToAgencyCode);

/// <summary><c>201 {"id","status"}</c>: the exchange message, <c>sent</c> until the recipient answers.</summary>
internal sealed record SendDocumentResponse(Guid Id, string Status);

/// <summary>
/// Sends an issued document to another agency (docs/domain.md "edXML exchange"): the clerk who registers documents for the unit
/// that keeps it writes the envelope now and the outbox hands it to the hub; the same document goes to an agency once.
/// </summary>
internal sealed partial class SendDocumentHandler(
    AppDbContext db, IExchangeDocuments documents, ExchangeAgencies agencies, IAgencyCodes codes, IAccessControl access, IOutbox outbox, AuditLog audit,
    ICurrentUser user, TimeProvider clock, IOptions<ExchangeOptions> options)
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.\\-]{0,49}$")]
    private static partial Regex CodePattern();

    /// <summary>An agency code as Quyết định 20/2020/QĐ-TTg writes them (letters, digits, dots, hyphens; at most 50).</summary>
    public static void CheckCode(string? code, string field)
    {
        if (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code.Trim()))
        {
            throw RequestValidationException.For(field, "Mã định danh cơ quan nhận không hợp lệ (chữ, số, dấu chấm, gạch nối; tối đa 50 ký tự). / Invalid agency code.");
        }
    }

    public async Task<SendDocumentResponse> HandleAsync(SendDocumentRequest r, CancellationToken ct)
    {
        var v = new Validator().Check(r.DocumentId is not null, "documentId", "Chọn văn bản cần gửi. / documentId is required.");
        v.ThrowIfInvalid();
        CheckCode(r.ToAgencyCode, "toAgencyCode");
        var d = await documents.ReadVisibleAsync(r.DocumentId!.Value, ct) ?? throw new NotFoundException("Không tìm thấy văn bản. / Document not found.");
        if (!await access.HasAsync(Permission.RegisterDocuments, d.RegisteringUnitId, ct))
        {
            throw new ForbiddenException("Chỉ văn thư của đơn vị giữ văn bản mới gửi liên thông. / Only the clerk of the registering unit may send it.");
        }

        ExchangeAgencies.EnsureIssued(d);
        var from = await agencies.SenderOfAsync(d, ct);
        var code = r.ToAgencyCode!.Trim();
        var known = await codes.FindAsync(code, ct);
        var to = new EdXmlOrgan(known?.AgencyCode ?? code, known?.Name ?? code);
        if (string.Equals(to.OrganId, from.AgencyCode, StringComparison.OrdinalIgnoreCase))
        {
            throw RequestValidationException.For("toAgencyCode", "Không gửi văn bản cho chính cơ quan ban hành. / The recipient is the sender.");
        }

        var envelopeId = d.Id.ToString("D");
        if (await db.ExchangeMessages.AnyAsync(m => m.Direction == ExchangeDirection.Sent && m.EnvelopeId == envelopeId && m.ToCode == to.OrganId, ct))
        {
            throw new DomainException("edxml.alreadySent", $"Văn bản đã được gửi tới {to.OrganName}. / Already sent to this agency.");
        }

        var now = clock.GetUtcNow();
        var xml = EdXml.WriteEnvelope(ExchangeAgencies.Envelope(d, from, [to], now));
        if (xml.Length > options.Value.MaxEnvelopeBytes)
        {
            throw new DomainException("edxml.tooLarge", "Gói edXML vượt quá giới hạn dung lượng cho phép. / The envelope exceeds the size limit.");
        }

        var m = ExchangeMessage.Create(ExchangeDirection.Sent, d.RegisteringUnitId, d.Id, envelopeId, new EdXmlOrgan(from.AgencyCode, from.Name), to,
            d.NumberSymbol, d.Subject, ExchangeStatus.Sent, xml, now.UtcDateTime, user.UserId);
        db.ExchangeMessages.Add(m);
        db.ExchangeEvents.Add(ExchangeEvent.Create(m.Id, ExchangeStatus.Sent, now.UtcDateTime, null, null));
        outbox.Enqueue(SendToHubHandler.TopicName, "edxml-envelope:" + m.Id, new HubPayload(HubMessage.EnvelopeKind, m.Id));
        audit.Record(ExchangeAudit.Entity, m.Id, ExchangeAudit.Sent, new { DocumentId = d.Id, d.NumberSymbol, From = from.AgencyCode, To = to.OrganId, Bytes = xml.Length });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("edxml.alreadySent", $"Văn bản đã được gửi tới {to.OrganName}. / Already sent to this agency.");
        }

        return new SendDocumentResponse(m.Id, ExchangeStatuses.Name(m.Status));
    }
}
