using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.UnitTargets;

internal static class UnitTargetsEndpoint
{
    private const string Example = """
        {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","year":2026,"percent":69.9,"sourceDocument":"215/BC-UBND","belowThreshold":true,"threshold":70,
         "recordedByName":"Nguyễn Văn An","recordedAt":"2026-12-10T09:00:00+07:00"}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/units/{id:guid}/target-results",
                async Task<Ok<UnitTargetListDto>> (Guid id, int? page, int? pageSize, UnitTargetsHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.ListAsync(id, page, pageSize, ct)))
            .WithName("ListUnitTargetResults")
            .WithSummary("Kết quả thực hiện chỉ tiêu, nhiệm vụ năm của đơn vị, theo năm (mới nhất trước) / The unit's yearly target completion, newest year first")
            .WithExamples(null, $$"""{"items":[{{Example}}],"page":1,"pageSize":20,"total":1}""");
        group.MapPut("/units/{id:guid}/target-results/{year:int}",
                async Task<Ok<UnitTargetDto>> (Guid id, int year, UnitTargetRequest request, UnitTargetsHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.PutAsync(id, year, request, ct)))
            .WithName("SetUnitTargetResult")
            .WithSummary("Lãnh đạo đơn vị cấp trên ghi nhận tỷ lệ hoàn thành chỉ tiêu năm của đơn vị (Quy định 377-QĐ/TW: dưới 70 % thì người đứng đầu được đưa vào danh sách xem xét) / The superior unit's leader records the unit's yearly target completion")
            .WithExamples("""{"percent":69.9,"sourceDocument":"215/BC-UBND"}""", Example);
    }
}
