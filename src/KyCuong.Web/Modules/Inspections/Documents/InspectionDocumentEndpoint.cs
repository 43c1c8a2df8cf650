using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Inspections.Documents;

internal static class InspectionDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/documents/{file}",
            (Guid id, string file, InspectionDocumentHandler handler, CancellationToken ct) => DocumentExport.ToResultAsync(() => handler.HandleAsync(id, file, ct)))
        .WithName("InspectionDocument")
        .WithSummary("Quyết định, biên bản, kết luận, báo cáo kiểm tra theo thể thức NĐ 30/2020 ({kind}.docx|.pdf; kind = decision|record|conclusion|report) / The check's papers as DOCX or PDF")
        .Produces(StatusCodes.Status200OK, contentType: DocumentExport.DocxType)
        .Produces(StatusCodes.Status200OK, contentType: DocumentExport.PdfType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
