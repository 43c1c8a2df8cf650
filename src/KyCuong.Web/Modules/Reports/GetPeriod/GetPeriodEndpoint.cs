using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.GetPeriod;

internal static class GetPeriodEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/periods/{period}",
            async Task<IResult> (Guid id, string period, GetPeriodHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, period, ct)))
        .WithName("GetReportPeriod")
        .WithSummary("Theo dõi một kỳ báo cáo: ngày chốt số liệu, hạn gửi, tình trạng từng đơn vị / A period's cut-offs, deadline and each unit's report (NĐ 09/2019 art. 12)")
        .Produces<PeriodResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithExamples(null, """
            {
              "regimeId": "3f1c2b7a-5d4e-4f60-9a8b-7c6d5e4f3a21", "period": "2026-H1",
              "from": "2025-12-15", "to": "2026-06-14", "dueDate": "2026-06-19", "opened": true,
              "units": [
                { "unitId": "8a2e4f61-7c3d-4b9a-a1e5-6d0f2c8b4e37", "name": "Phòng Cải cách hành chính", "status": "submitted",
                  "reportId": "5b0d7e2c-1a3f-4c8e-9d6b-2e4f6a8c0b13", "submittedOn": "2026-06-18", "documentNumber": "45/BC-CCHC", "workingDaysLate": 0 },
                { "unitId": "0b7f6f0e-2f41-4c55-9d6a-1b7e0c3a9a10", "name": "Phòng Tổ chức, biên chế", "status": "late",
                  "reportId": "9c4e1f3a-7b2d-4e6f-8a0c-3d5b7e9f1a24", "submittedOn": null, "documentNumber": null, "workingDaysLate": 2 }
              ]
            }
            """);
}

