using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Reports.ExportReport;

internal static class ExportReportEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/export",
            (Guid id, string? format, ExportReportHandler handler, CancellationToken ct) => DocumentExport.ToResultAsync(() => handler.HandleAsync(id, format, ct)))
        .WithName("ExportReport")
        .WithSummary("Xuất báo cáo theo thể thức Nghị định 30/2020 (docx, pdf) hoặc bảng số liệu (xlsx) / Export a report as DOCX, PDF or XLSX")
        .Produces(StatusCodes.Status200OK, contentType: DocumentExport.DocxType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
