using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.SubmitReport;

internal static class SubmitReportEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/submit",
            async Task<IResult> (Guid id, SubmitReportRequest request, SubmitReportHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("SubmitReport")
        .WithSummary("Gửi báo cáo (ghi số, ngày văn bản gửi) / Submit the report with the outgoing document's number and date")
        .Produces<ReportResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithExamples("""{ "documentNumber": "45/BC-SNV", "documentDate": "2026-06-18" }""", null);
}
