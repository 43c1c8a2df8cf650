using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Drafts.ExportDraft;

internal static class ExportDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/export",
            (Guid id, string? format, ExportDraftHandler handler, CancellationToken ct) => DocumentExport.ToResultAsync(() => handler.HandleAsync(id, format, ct)))
        .WithName("ExportDraft")
        .WithSummary("Xuất dự thảo hoặc văn bản đã ban hành theo thể thức NĐ 30/2020 (format=docx|pdf) / Export as DOCX or PDF")
        .Produces(StatusCodes.Status200OK, contentType: DocumentExport.DocxType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
