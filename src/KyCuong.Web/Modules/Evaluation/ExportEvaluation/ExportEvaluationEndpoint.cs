namespace KyCuong.Web.Modules.Evaluation.ExportEvaluation;

internal static class ExportEvaluationEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/units/{id:guid}/evaluation/{period}/summary.xlsx",
                async Task<IResult> (Guid id, string period, ExportEvaluationHandler handler, CancellationToken ct) =>
                {
                    var file = await handler.SummaryAsync(id, period, ct);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
            .WithName("ExportEvaluationSummary")
            .WithSummary("Bảng tổng hợp kết quả đánh giá, xếp loại toàn cơ quan (XLSX) cho bộ phận tổ chức cán bộ / The body-wide evaluation summary as XLSX")
            .Produces(StatusCodes.Status200OK, contentType: ExportEvaluationHandler.Xlsx)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/users/{id:guid}/evaluation/{period}/form.docx",
                async Task<IResult> (Guid id, string period, ExportEvaluationHandler handler, CancellationToken ct) =>
                {
                    var file = await handler.FormAsync(id, period, ct);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
            .WithName("ExportEvaluationForm")
            .WithSummary("Phiếu đánh giá, xếp loại chất lượng công chức (DOCX, thể thức Nghị định 30/2020) / The official evaluation form of one person as DOCX")
            .Produces(StatusCodes.Status200OK, contentType: ExportEvaluationHandler.Docx)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
