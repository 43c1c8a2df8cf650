using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Reports.ExportReport;

internal static class ExportReportEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/export",
            async Task<IResult> (Guid id, string? format, ExportReportHandler handler, CancellationToken ct) =>
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
        .WithName("ExportReport")
        .WithSummary("Xuất báo cáo theo thể thức Nghị định 30/2020 (docx, pdf) hoặc bảng số liệu (xlsx) / Export a report as DOCX, PDF or XLSX")
        .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
