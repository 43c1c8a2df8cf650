using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Exchange.ExportEdXml;

/// <summary>
/// The edXML envelope of an issued document (docs/api.md "edXML exchange"): whoever may see the document may export it; one the
/// caller cannot see is absent (404). Recipients named by <c>to</c> are written in <c>To</c> (named when they are our units).
/// </summary>
internal sealed class ExportEdXmlHandler(IExchangeDocuments documents, ExchangeAgencies agencies, IAgencyCodes codes, TimeProvider clock)
{
    public async Task<(EdXmlEnvelope Envelope, string FileName)> HandleAsync(Guid documentId, IReadOnlyList<string> to, CancellationToken ct)
    {
        var d = await documents.ReadVisibleAsync(documentId, ct) ?? throw new NotFoundException("Không tìm thấy văn bản. / Document not found.");
        ExchangeAgencies.EnsureIssued(d);
        var from = await agencies.SenderOfAsync(d, ct);
        var recipients = new List<EdXmlOrgan>();
        foreach (var code in to.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            SendDocument.SendDocumentHandler.CheckCode(code, "to");
            var known = await codes.FindAsync(code, ct);
            recipients.Add(new EdXmlOrgan(known?.AgencyCode ?? code, known?.Name ?? code));
        }

        var name = "edxml-" + (d.NumberSymbol ?? d.Id.ToString("N")).Replace('/', '-') + ".xml";
        return (ExchangeAgencies.Envelope(d, from, recipients, clock.GetUtcNow()), name);
    }
}
