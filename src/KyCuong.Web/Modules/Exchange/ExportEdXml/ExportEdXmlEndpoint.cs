using KyCuong.Web.Modules.Exchange.Domain;
using Microsoft.AspNetCore.Mvc;

namespace KyCuong.Web.Modules.Exchange.ExportEdXml;

/// <summary><c>GET /api/v1/documents/{id}/edxml?to=CODE</c> → <c>application/xml</c>, the envelope written straight into the answer.</summary>
internal static class ExportEdXmlEndpoint
{
    public static void Map(IEndpointRouteBuilder app, string policy) =>
        app.MapGet("/api/v1/documents/{id:guid}/edxml", async (Guid id, [FromQuery(Name = "to")] string[]? to, ExportEdXmlHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var (envelope, fileName) = await handler.HandleAsync(id, to ?? [], ct);
                http.Response.ContentType = EdXml.ContentType + "; charset=utf-8";
                http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, Inline = true }.ToString();
                // Buffered: base64 of a 20 MB file is written in one piece, and synchronous writes to the response are not allowed.
                using var buffer = new MemoryStream();
                EdXml.WriteEnvelope(envelope, buffer);
                buffer.Position = 0;
                await buffer.CopyToAsync(http.Response.Body, ct);
            })
            .RequireAuthorization(policy)
            .WithTags("edXML")
            .Produces(200, contentType: EdXml.ContentType)
            .ProducesProblem(404)
            .ProducesProblem(409)
            .WithName("ExportDocumentEdXml")
            .WithSummary("Xuất văn bản đi dạng edXML (QCVN 102:2016/BTTTT) / Export an issued document as an edXML envelope")
            .WithDescription("Whoever may see the document may export it (others: 404). 409 `edxml.notIssued` for a document that is not an issued outgoing one, "
                + "`edxml.noAgencyCode` when the issuing body has no agency code. Optional `to` (repeatable) names the recipients by agency code. Example answer: "
                + "<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>"
                + "<edXML:From><edXML:OrganId>000.00.00.H01</edXML:OrganId><edXML:OrganName>UBND tỉnh An Giang</edXML:OrganName></edXML:From>"
                + "<edXML:To><edXML:OrganId>000.00.12.H01</edXML:OrganId><edXML:OrganName>Sở Nội vụ tỉnh An Giang</edXML:OrganName></edXML:To>"
                + "<edXML:DocumentId>0193…</edXML:DocumentId><edXML:Code><edXML:CodeNumber>05</edXML:CodeNumber><edXML:CodeNotation>UBND-VP</edXML:CodeNotation></edXML:Code>"
                + "<edXML:PromulgationInfo><edXML:Place>An Giang</edXML:Place><edXML:PromulgationDate>2026-01-05</edXML:PromulgationDate></edXML:PromulgationInfo>"
                + "<edXML:DocumentType><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType><edXML:Subject>V/v báo cáo tình hình</edXML:Subject>"
                + "<edXML:SteeringType>0</edXML:SteeringType>…</edXML:MessageHeader>…</edXML:edXMLHeader><edXML:edXMLBody><edXML:Manifest>…</edXML:Manifest></edXML:edXMLBody>"
                + "</edXML:edXMLEnvelope><edXML:Attachments><edXML:Attachment ContentId=\"att-1\">JVBERi0x…</edXML:Attachment></edXML:Attachments></edXML:edXML>");
}
