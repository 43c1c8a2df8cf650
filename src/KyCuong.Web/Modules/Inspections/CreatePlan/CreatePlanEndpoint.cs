using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.CreatePlan;

internal static class CreatePlanEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<IResult> (CreatePlanRequest request, CreatePlanHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/inspection-plans/{created.Id}", created);
        })
        .WithName("CreateInspectionPlan")
        .WithSummary("Dự thảo kế hoạch kiểm tra công vụ năm của cơ quan / Draft a body's yearly checking plan")
        .WithExamples("""
            {"bodyUnitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","year":2027,"title":"Kế hoạch kiểm tra công vụ năm 2027",
             "lines":[{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","month":3,"topics":["workingHours","tasksAndDeadlines"],"surprise":false},
                      {"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d47","month":5,"topics":["oneStop","directive"],"directive":"Chỉ thị 26/CT-TTg","surprise":true}]}
            """, """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d50"}""");
}
