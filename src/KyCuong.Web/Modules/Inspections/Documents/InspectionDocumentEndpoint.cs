using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Inspections.Documents;

internal static class InspectionDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/documents/{file}",
            async Task<IResult> (Guid id, string file, InspectionDocumentHandler handler, CancellationToken ct) =>
            {
                try
                {
                    var f = await handler.HandleAsync(id, file, ct);
                    return TypedResults.File(f.Content, f.ContentType, f.FileName);
                }
                catch (PdfUnavailableException e)
                {
                    return TypedResults.Problem(statusCode: 503, title: "Chưa xuất được PDF / PDF unavailable", detail: e.Message,
                        extensions: new Dictionary<string, object?> { ["code"] = "pdfUnavailable" });
                }
            })
        .WithName("InspectionDocument")
        .WithSummary("Quyết định, biên bản, kết luận, báo cáo kiểm tra theo thể thức NĐ 30/2020 ({kind}.docx|.pdf; kind = decision|record|conclusion|report) / The check's papers as DOCX or PDF")
        .Produces(StatusCodes.Status200OK, contentType: InspectionDocumentHandler.DocxType)
        .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
