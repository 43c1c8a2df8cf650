using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.Evidence;

internal static class EvidenceEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The API is bearer-only (no cookies), so multipart needs no antiforgery token (ADR 0003).
        group.MapPost("/{id:guid}/findings/{findingId:guid}/evidence",
                async Task<Created<EvidenceInfo>> (Guid id, Guid findingId, IFormFile file, EvidenceHandler handler, CancellationToken ct) =>
                {
                    await using var stream = file.OpenReadStream();
                    var e = await handler.UploadAsync(id, findingId, file.FileName, file.ContentType, file.Length, stream, ct);
                    return TypedResults.Created($"/api/v1/inspections/{id}/evidence/{e.Id}", e);
                })
            .DisableAntiforgery()
            .WithName("AttachInspectionEvidence")
            .WithSummary("Đính kèm chứng cứ (ảnh JPG/PNG, tài liệu PDF/DOCX; nội dung phải đúng loại tệp) / Attach evidence to a finding")
            .WithExamples(null, """
                {"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d60","findingId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d44","fileName":"so-cham-cong.jpg","contentType":"image/jpeg",
                 "size":482113,"sha256":"9f2c4e0b8d7a6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c","uploadedAt":"2026-03-10T02:05:00Z"}
                """);
        group.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async Task<FileContentHttpResult> (Guid id, Guid evidenceId, EvidenceHandler handler, CancellationToken ct) =>
            {
                var e = await handler.DownloadAsync(id, evidenceId, ct);
                return TypedResults.File(e.Content, e.ContentType, e.FileName);
            })
            .WithName("DownloadInspectionEvidence")
            .WithSummary("Tải chứng cứ (như quyền xem cuộc kiểm tra) / Download evidence, access-checked like the check");
    }
}
