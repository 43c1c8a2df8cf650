using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.Consolidate;

internal static class ConsolidateEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/periods/{period}/consolidated",
            async Task<IResult> (Guid id, string period, ConsolidateHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, period, ct)))
        .WithName("GetConsolidatedReport")
        .WithSummary("Báo cáo tổng hợp của cơ quan ban hành chế độ báo cáo / The owner's consolidated report: summed figures, narratives and gaps")
        .Produces<ConsolidatedResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithExamples(null, """
            {
              "regimeId": "3f1c2b7a-5d4e-4f60-9a8b-7c6d5e4f3a21", "regimeName": "Báo cáo 6 tháng thực hiện Công điện 280/CĐ-TTg",
              "period": "2026-H1", "from": "2025-12-15", "to": "2026-06-14", "dueDate": "2026-06-19", "units": 3, "submitted": 2,
              "sections": [
                { "position": 0, "title": "Kết quả thực hiện nhiệm vụ", "source": "taskSummary",
                  "figures": { "inProgressOnTime": 12, "inProgressOverdue": 3, "doneOnTime": 20, "doneLate": 2, "total": 37,
                    "overdueOfAssigned": 3, "assignedInPeriod": 37, "overdueOfDue": 3, "dueInPeriod": 25,
                    "overdueOfAssignedPercent": 8.11, "overdueOfDuePercent": 12.00 }, "texts": [] }
              ],
              "gaps": [
                { "unitId": "0b7f6f0e-2f41-4c55-9d6a-1b7e0c3a9a10", "name": "Sở Tư pháp tỉnh An Giang", "status": "late",
                  "reportId": "9c4e1f3a-7b2d-4e6f-8a0c-3d5b7e9f1a24", "submittedOn": null, "documentNumber": null, "workingDaysLate": 2 }
              ]
            }
            """);
}
