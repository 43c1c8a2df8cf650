using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.DecideFromPlan;

internal static class DecideFromPlanEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/lines/{lineId:guid}/inspections",
            async Task<IResult> (Guid id, Guid lineId, DecideFromPlanRequest request, DecideFromPlanHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(id, lineId, request, ct);
                return TypedResults.Created($"/api/v1/inspections/{created.Id}", created);
            })
        .WithName("DecideInspectionFromPlan")
        .WithSummary("Quyết định kiểm tra theo một dòng của kế hoạch đã phê duyệt / Decide the check of an approved plan line")
        .WithDescription("teamLeaderUserId (optional, default the first member) must be one of teamUserIds: otherwise 422 inspection.teamLeaderNotOnTeam "
            + "with errors.teamLeaderUserId, and nothing is written.")
        .WithExamples("""{"plannedStart":"2027-03-09","teamUserIds":["0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41"],"teamLeaderUserId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41"}""",
            """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42"}""")
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
