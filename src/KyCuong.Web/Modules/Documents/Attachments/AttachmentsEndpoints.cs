using Microsoft.AspNetCore.Http.HttpResults;
using KyCuong.Web.Modules.Documents.GetDocument;

namespace KyCuong.Web.Modules.Documents.Attachments;

internal static class AttachmentsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The API is bearer-only (no cookies), so multipart needs no antiforgery token (ADR 0003).
        group.MapPost("/{id:guid}/attachments", async Task<Created<AttachmentInfo>> (Guid id, IFormFile file, AttachmentsHandler handler, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var a = await handler.UploadAsync(id, file.FileName, file.ContentType, file.Length, stream, ct);
                return TypedResults.Created($"/api/v1/documents/{id}/attachments/{a.Id}", a);
            })
            .DisableAntiforgery()
            .WithName("UploadAttachment")
            .WithSummary("Đính kèm tệp (tối đa 20 MB) / Attach a file to a document (SHA-256 kept)");
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<FileContentHttpResult> (Guid id, Guid attachmentId, AttachmentsHandler handler, CancellationToken ct) =>
            {
                var a = await handler.DownloadAsync(id, attachmentId, ct);
                return TypedResults.File(a.Content, a.ContentType, a.FileName);
            })
            .WithName("DownloadAttachment")
            .WithSummary("Tải tệp đính kèm / Download an attachment");
    }
}
