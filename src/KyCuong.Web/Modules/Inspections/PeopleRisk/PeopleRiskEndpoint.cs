using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.PeopleRisk;

internal static class PeopleRiskEndpoint
{
    // A bare array bounded like the other bare-array lists (docs/api.md "Paging everywhere"); the whole ranking is scored first.
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/people-risk",
            async Task<Ok<IReadOnlyList<PersonRiskItem>>> (Guid id, int? page, int? pageSize, PeopleRiskHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var request = Paging.Validate(page, pageSize, Paging.MaxArrayPageSize, Paging.MaxArrayPageSize);
                return TypedResults.Ok(Paging.Slice(await handler.HandleAsync(id, ct), request).AsArray(http));
            })
        .WithName("InspectionPeopleRisk")
        .WithSummary("Xếp hạng rủi ro cá nhân tại đơn vị được kiểm tra, chỉ trưởng đoàn xem được (người khác: 404) / Risk ranking of the officials of the checked units, for the team leader only, highest first, paged (total in X-Total-Count)")
        .WithArrayPaging()
        .WithExamples(null, """
            [{"userId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d45","fullName":"Nguyễn Văn An","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","unitName":"Phòng Quản lý thương mại",
              "title":"Chuyên viên","score":63,
              "inputs":{"overdueRate":{"value":25,"weight":1,"points":25},"serialExtensions":{"value":1,"weight":5,"points":5},"countedReminders":{"value":1,"weight":3,"points":3},
                "transferReviewFlag":{"value":1,"weight":20,"points":20},"priorFindings":{"value":1,"weight":10,"points":10}}}]
            """);
}
