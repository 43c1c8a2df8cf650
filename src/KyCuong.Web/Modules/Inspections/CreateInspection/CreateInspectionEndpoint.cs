using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.CreateInspection;

internal static class CreateInspectionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<IResult> (CreateInspectionRequest request, CreateInspectionHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/inspections/{created.Id}", created);
        })
        .WithName("CreateInspection")
        .WithSummary("Quyết định kiểm tra công vụ (có thông báo hoặc đột xuất) / Decide a check of official duties, notified or surprise")
        .WithDescription("teamLeaderUserId (optional, default the first member) must be one of teamUserIds: otherwise 422 inspection.teamLeaderNotOnTeam "
            + "with errors.teamLeaderUserId, and nothing is written.")
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .WithExamples("""
            {"title":"Kiểm tra công vụ đột xuất tại Sở Công Thương","checkedUnitIds":["0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40"],"surprise":true,
             "plannedStart":"2026-03-10","teamUserIds":["0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41"],"teamLeaderUserId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41","topics":["Chấp hành giờ giấc, kỷ luật lao động","Xử lý nhiệm vụ, thời hạn"]}
            """, """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42"}""");
}
