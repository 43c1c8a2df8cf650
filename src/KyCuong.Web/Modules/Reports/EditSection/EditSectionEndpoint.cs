using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.EditSection;

internal static class EditSectionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/{id:guid}/sections/{position:int}",
            async Task<IResult> (Guid id, int position, EditSectionRequest request, EditSectionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, position, request, ct)))
        .WithName("EditReportSection")
        .WithSummary("Sửa một mục báo cáo (số liệu sửa phải có lý do) / Edit a section; a changed figure needs a recorded reason")
        .Produces<ReportResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithExamples("""
            { "text": "Đã hoàn thành 5/6 nhiệm vụ đến hạn.", "figures": { "doneLate": 2 },
              "reason": "Một nhiệm vụ hoàn thành ngày 13/6 nhưng văn bản kết quả vào sổ ngày 16/6." }
            """, null);
}
