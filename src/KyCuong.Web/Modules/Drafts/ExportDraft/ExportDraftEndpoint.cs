using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Drafts.ExportDraft;

internal static class ExportDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/export",
            async Task<IResult> (Guid id, string? format, ExportDraftHandler handler, CancellationToken ct) =>
            {
                try
                {
                    var file = await handler.HandleAsync(id, format, ct);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                }
                catch (PdfUnavailableException e)
                {
                    return TypedResults.Problem(statusCode: 503, title: "Chưa xuất được PDF / PDF unavailable", detail: e.Message,
                        extensions: new Dictionary<string, object?> { ["code"] = "pdfUnavailable" });
                }
            })
        .WithName("ExportDraft")
        .WithSummary("Xuất dự thảo hoặc văn bản đã ban hành theo thể thức NĐ 30/2020 (format=docx|pdf) / Export as DOCX or PDF")
        .Produces(StatusCodes.Status200OK, contentType: ExportDraftHandler.DocxType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
