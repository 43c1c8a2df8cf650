using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.RecordFinding;

internal static class RecordFindingEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/findings", async Task<IResult> (Guid id, RecordFindingRequest request, RecordFindingHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/inspections/{id}", created);
        })
        .WithName("RecordInspectionFinding")
        .WithSummary("Ghi biên bản: một kết quả kiểm tra về một đơn vị, có thể nêu một cá nhân / Record a finding about one checked unit, optionally naming an official")
        .WithExamples("""{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","topic":"Chấp hành giờ giấc, kỷ luật lao động","text":"Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ.","personUserId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d45"}""",
            """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d44"}""");
}
