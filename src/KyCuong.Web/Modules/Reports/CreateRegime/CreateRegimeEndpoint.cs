using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.CreateRegime;

internal static class CreateRegimeEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<IResult> (CreateRegimeRequest request, CreateRegimeHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/report-regimes/{created.Id}", created);
        })
        .WithName("CreateReportRegime")
        .WithSummary("Ban hành chế độ báo cáo / Set a report regime for units of the owner's subtree, named or by kind (AssignWork on the owner; NĐ 09/2019)")
        .Produces<CreatedRegime>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithExamples("""
            {
              "name": "Báo cáo 6 tháng kết quả thực hiện Công điện 280/CĐ-TTg và 968/CĐ-TTg",
              "periodicity": "halfYear",
              "reportingUnitIds": ["8a2e4f61-7c3d-4b9a-a1e5-6d0f2c8b4e37"],
              "reportingUnitKinds": ["division"],
              "dueWorkingDays": 5,
              "sections": [
                { "title": "Kết quả thực hiện nhiệm vụ", "source": "taskSummary" },
                { "title": "Nhiệm vụ quá hạn", "source": "overdueTasks" },
                { "title": "Khó khăn, vướng mắc và kiến nghị", "source": "narrative" }
              ]
            }
            """, null);
}
