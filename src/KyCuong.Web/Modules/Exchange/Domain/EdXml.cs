using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace KyCuong.Web.Modules.Exchange.Domain;

/// <summary>
/// Writes and reads edXML (QCVN 102:2016/BTTTT): <c>edXML</c> › <c>edXMLEnvelope</c> › <c>edXMLHeader</c> (<c>MessageHeader</c> or
/// <c>Status</c>, <c>TraceHeaderList</c>) and <c>edXMLBody</c> (<c>Manifest</c> › <c>Reference</c>), in the regulation's namespace. The
/// regulation carries files as MIME parts named by <c>ContentId</c>; here they travel in the same XML, base64 in
/// <c>Attachments</c> › <c>Attachment</c> with the same <c>ContentId</c> (docs/domain.md "edXML exchange").
/// Reading refuses hostile XML: no DTD, no external entity, a bounded depth and size.
/// </summary>
internal static class EdXml
{
    public const string Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public const string Prefix = "edXML";
    public const string ContentType = "application/xml";

    private static readonly XNamespace Ns = Namespace;

    /// <summary>Writes the envelope as UTF-8 XML into <paramref name="output"/>; attachments are base64-encoded as they are written.</summary>
    public static void WriteEnvelope(EdXmlEnvelope e, Stream output)
    {
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false });
        w.WriteStartDocument();
        w.WriteStartElement(Prefix, "edXML", Namespace);
        w.WriteStartElement(Prefix, "edXMLEnvelope", Namespace);
        w.WriteStartElement(Prefix, "edXMLHeader", Namespace);
        w.WriteStartElement(Prefix, "MessageHeader", Namespace);
        Organ(w, "From", e.From);
        foreach (var to in e.To)
        {
            Organ(w, "To", to);
        }

        Element(w, "DocumentId", e.DocumentId);
        w.WriteStartElement(Prefix, "Code", Namespace);
        Element(w, "CodeNumber", e.CodeNumber);
        Element(w, "CodeNotation", e.CodeNotation);
        w.WriteEndElement();
        w.WriteStartElement(Prefix, "PromulgationInfo", Namespace);
        Element(w, "Place", e.Place);
        Element(w, "PromulgationDate", Date(e.PromulgationDate));
        w.WriteEndElement();
        w.WriteStartElement(Prefix, "DocumentType", Namespace);
        Element(w, "TypeName", e.DocumentType);
        w.WriteEndElement();
        Element(w, "Subject", e.Subject);
        Element(w, "SteeringType", e.SteeringType.ToString(CultureInfo.InvariantCulture));
        w.WriteStartElement(Prefix, "SignerInfo", Namespace);
        Element(w, "Competence", e.SignerCompetence);
        Element(w, "Position", e.SignerPosition);
        Element(w, "FullName", e.SignerFullName);
        w.WriteEndElement();
        Element(w, "DueDate", Date(e.DueDate));
        w.WriteStartElement(Prefix, "OtherInfo", Namespace);
        Element(w, "Priority", e.Priority.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement(); // MessageHeader
        Trace(w, e.From.OrganId, e.SentAt);
        w.WriteEndElement(); // edXMLHeader
        w.WriteStartElement(Prefix, "edXMLBody", Namespace);
        w.WriteStartElement(Prefix, "Manifest", Namespace);
        foreach (var a in e.Attachments)
        {
            w.WriteStartElement(Prefix, "Reference", Namespace);
            Element(w, "ContentId", a.ContentId);
            Element(w, "ContentType", a.ContentType);
            Element(w, "AttachmentName", a.AttachmentName);
            w.WriteEndElement();
        }

        w.WriteEndElement(); // Manifest
        w.WriteEndElement(); // edXMLBody
        w.WriteEndElement(); // edXMLEnvelope
        w.WriteStartElement(Prefix, "Attachments", Namespace);
        foreach (var a in e.Attachments)
        {
            w.WriteStartElement(Prefix, "Attachment", Namespace);
            w.WriteAttributeString("ContentId", a.ContentId);
            w.WriteBase64(a.Content, 0, a.Content.Length);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement(); // edXML
        w.WriteEndDocument();
    }

    public static byte[] WriteEnvelope(EdXmlEnvelope e)
    {
        using var ms = new MemoryStream();
        WriteEnvelope(e, ms);
        return ms.ToArray();
    }

    public static byte[] WriteStatus(EdXmlStatusMessage s)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument();
            w.WriteStartElement(Prefix, "edXML", Namespace);
            w.WriteStartElement(Prefix, "edXMLEnvelope", Namespace);
            w.WriteStartElement(Prefix, "edXMLHeader", Namespace);
            w.WriteStartElement(Prefix, "Status", Namespace);
            w.WriteStartElement(Prefix, "ResponseFor", Namespace);
            Element(w, "OrganId", s.ResponseForOrganId);
            Element(w, "Code", s.ResponseForCode);
            Element(w, "DocumentId", s.ResponseForDocumentId);
            w.WriteEndElement();
            Organ(w, "From", s.From);
            Element(w, "StatusCode", ExchangeStatuses.Code(s.Status));
            Element(w, "Description", s.Description);
            Element(w, "Timestamp", s.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            w.WriteEndElement(); // Status
            Trace(w, s.From.OrganId, s.Timestamp);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return ms.ToArray();
    }

    /// <summary>What a body holds: an envelope carrying a document, or a status message answering one.</summary>
    public sealed record Parsed(EdXmlEnvelope? Envelope, EdXmlStatusMessage? Status);

    /// <summary>
    /// Reads an edXML body. Refuses (<see cref="EdXmlFormatException"/>) a DTD or entity, nesting deeper than <paramref name="maxDepth"/>,
    /// anything not well-formed, a root other than <c>edXML</c> in the QCVN 102 namespace, and a header missing its required elements.
    /// </summary>
    public static Parsed Read(byte[] body, int maxDepth)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = body.LongLength * 2 + 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };

        XDocument doc;
        try
        {
            // First pass: depth only, streaming, so a nesting bomb is refused before any tree is built.
            using (var scan = XmlReader.Create(new MemoryStream(body, writable: false), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > maxDepth)
                    {
                        throw new EdXmlFormatException("edxml.tooDeep", $"Tài liệu XML lồng quá {maxDepth} cấp. / XML nested deeper than {maxDepth} levels.");
                    }
                }
            }

            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), settings);
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException x)
        {
            var dtd = x.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            throw new EdXmlFormatException(dtd ? "edxml.dtdRefused" : "edxml.malformed", dtd
                ? "Không chấp nhận DTD hay thực thể trong edXML. / DTDs and entities are refused."
                : $"Nội dung không phải XML hợp lệ: {x.Message} / Not well-formed XML.");
        }

        var root = doc.Root;
        if (root is null || root.Name != Ns + "edXML")
        {
            throw new EdXmlFormatException("edxml.notEdXml", $"Gốc tài liệu phải là edXML trong không gian tên {Namespace}. / The root must be edXML in the QCVN 102:2016 namespace.");
        }

        var header = root.Element(Ns + "edXMLEnvelope")?.Element(Ns + "edXMLHeader")
            ?? throw Missing("edXMLEnvelope/edXMLHeader");
        if (header.Element(Ns + "Status") is { } status)
        {
            return new Parsed(null, ReadStatus(status));
        }

        var m = header.Element(Ns + "MessageHeader") ?? throw Missing("MessageHeader");
        var from = ReadOrgan(m.Element(Ns + "From")) ?? throw Missing("From/OrganId");
        var to = m.Elements(Ns + "To").Select(ReadOrgan).OfType<EdXmlOrgan>().ToList();
        if (to.Count == 0)
        {
            throw Missing("To/OrganId");
        }

        var documentId = Text(m, "DocumentId") ?? throw Missing("DocumentId");
        var subject = Text(m, "Subject") ?? throw Missing("Subject");
        var code = m.Element(Ns + "Code");
        var promulgation = m.Element(Ns + "PromulgationInfo");
        var signer = m.Element(Ns + "SignerInfo");
        var trace = header.Element(Ns + "TraceHeaderList")?.Elements(Ns + "TraceHeader").LastOrDefault();

        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var a in root.Element(Ns + "Attachments")?.Elements(Ns + "Attachment") ?? [])
        {
            var id = (string?)a.Attribute("ContentId") ?? throw Missing("Attachment/@ContentId");
            try
            {
                contents[id] = Convert.FromBase64String(a.Value);
            }
            catch (FormatException)
            {
                throw new EdXmlFormatException("edxml.badAttachment", $"Tệp đính kèm {id} không phải base64 hợp lệ. / Attachment {id} is not valid base64.");
            }
        }

        var attachments = new List<EdXmlAttachment>();
        foreach (var r in root.Element(Ns + "edXMLEnvelope")!.Element(Ns + "edXMLBody")?.Element(Ns + "Manifest")?.Elements(Ns + "Reference") ?? [])
        {
            var id = Text(r, "ContentId") ?? throw Missing("Reference/ContentId");
            if (!contents.TryGetValue(id, out var bytes))
            {
                throw new EdXmlFormatException("edxml.badAttachment", $"Thiếu nội dung tệp {id} khai trong Manifest. / The content of attachment {id} is missing.");
            }

            attachments.Add(new EdXmlAttachment(id, Text(r, "AttachmentName") ?? id, Text(r, "ContentType") ?? "application/octet-stream", bytes));
        }

        return new Parsed(new EdXmlEnvelope(
            from, to, documentId,
            code is null ? null : Text(code, "CodeNumber"),
            code is null ? null : Text(code, "CodeNotation"),
            promulgation is null ? null : Text(promulgation, "Place"),
            promulgation is null ? null : ParseDate(Text(promulgation, "PromulgationDate"), "PromulgationDate"),
            m.Element(Ns + "DocumentType") is { } t ? Text(t, "TypeName") : null,
            subject,
            ParseInt(Text(m, "SteeringType")),
            m.Element(Ns + "OtherInfo") is { } other ? ParseInt(Text(other, "Priority")) : 0,
            ParseDate(Text(m, "DueDate"), "DueDate"),
            signer is null ? null : Text(signer, "FullName"),
            signer is null ? null : Text(signer, "Position"),
            signer is null ? null : Text(signer, "Competence"),
            trace is not null && DateTimeOffset.TryParse(Text(trace, "Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTimeOffset.MinValue,
            attachments), null);
    }

    private static EdXmlStatusMessage ReadStatus(XElement s)
    {
        var responseFor = s.Element(Ns + "ResponseFor") ?? throw Missing("Status/ResponseFor");
        var from = ReadOrgan(s.Element(Ns + "From")) ?? throw Missing("Status/From/OrganId");
        if (!ExchangeStatuses.TryParseCode(Text(s, "StatusCode"), out var status))
        {
            throw new EdXmlFormatException("edxml.badStatus", "Mã trạng thái phải từ 01 đến 06. / StatusCode must be 01 to 06.");
        }

        return new EdXmlStatusMessage(
            Text(responseFor, "OrganId") ?? throw Missing("ResponseFor/OrganId"),
            Text(responseFor, "DocumentId") ?? throw Missing("ResponseFor/DocumentId"),
            Text(responseFor, "Code"),
            from, status, Text(s, "Description"),
            DateTimeOffset.TryParse(Text(s, "Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTimeOffset.MinValue);
    }

    private static EdXmlOrgan? ReadOrgan(XElement? e) =>
        e is not null && Text(e, "OrganId") is { } id ? new EdXmlOrgan(id, Text(e, "OrganName") ?? id) : null;

    private static string? Text(XElement parent, string name)
    {
        var v = parent.Element(Ns + name)?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v.Normalize();
    }

    private static DateOnly? ParseDate(string? s, string field) => s is null ? null
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new EdXmlFormatException("edxml.badDate", $"{field} phải là ngày dạng yyyy-MM-dd. / {field} must be a yyyy-MM-dd date.");

    private static int ParseInt(string? s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static EdXmlFormatException Missing(string what) =>
        new("edxml.missingElement", $"Thiếu thành phần bắt buộc {what}. / Required element {what} is missing.");

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Organ(XmlWriter w, string name, EdXmlOrgan o)
    {
        w.WriteStartElement(Prefix, name, Namespace);
        Element(w, "OrganId", o.OrganId);
        Element(w, "OrganName", o.OrganName);
        w.WriteEndElement();
    }

    private static void Trace(XmlWriter w, string organId, DateTimeOffset at)
    {
        w.WriteStartElement(Prefix, "TraceHeaderList", Namespace);
        w.WriteStartElement(Prefix, "TraceHeader", Namespace);
        Element(w, "OrganId", organId);
        Element(w, "Timestamp", at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString(Prefix, name, Namespace, value);
        }
    }
}
