using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.GetReport;

internal static class GetReportEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}",
            async Task<IResult> (Guid id, GetReportHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetReport")
        .WithSummary("Xem báo cáo của một đơn vị trong một kỳ / One unit's report for a period, sections pre-filled from live data")
        .Produces<ReportResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithExamples(null, """
            {
              "id": "5b0d7e2c-1a3f-4c8e-9d6b-2e4f6a8c0b13", "regimeId": "3f1c2b7a-5d4e-4f60-9a8b-7c6d5e4f3a21",
              "regimeName": "Báo cáo 6 tháng thực hiện Công điện 280/CĐ-TTg", "unitId": "8a2e4f61-7c3d-4b9a-a1e5-6d0f2c8b4e37",
              "unitName": "Phòng Cải cách hành chính", "period": "2026-H1", "from": "2025-12-15", "to": "2026-06-14", "dueDate": "2026-06-19",
              "status": "draft", "canEdit": true, "submittedOn": null, "documentNumber": null, "documentDate": null,
              "sections": [
                { "position": 0, "title": "Kết quả thực hiện nhiệm vụ", "source": "taskSummary",
                  "figures": { "inProgressOnTime": 7, "inProgressOverdue": 2, "doneOnTime": 5, "doneLate": 1, "total": 15,
                    "overdueOfAssigned": 2, "assignedInPeriod": 15, "overdueOfAssignedPercent": 13.33,
                    "overdueOfDue": 2, "dueInPeriod": 9, "overdueOfDuePercent": 22.22 }, "text": null },
                { "position": 1, "title": "Khó khăn, vướng mắc và kiến nghị", "source": "narrative", "figures": {},
                  "text": "Đề nghị bổ sung biên chế cho bộ phận một cửa." }
              ],
              "changes": []
            }
            """);
}
