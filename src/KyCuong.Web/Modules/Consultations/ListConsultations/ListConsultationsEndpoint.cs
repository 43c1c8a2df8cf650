using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Consultations.ListConsultations;

internal static class ListConsultationsEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<ConsultationPage>> (string? role, int? page, int? pageSize, ListConsultationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(role, page, pageSize, ct)))
            .WithName("ListConsultations")
            .WithSummary("Danh sách lấy ý kiến: đơn vị tôi lấy ý kiến (requested) hoặc được lấy ý kiến (consulted) / Consultations, paged");
        group.MapGet("/warning-counts", async Task<Ok<Paged<WarningCount>>> (Guid? requesterUnitId, int? page, int? pageSize, ListConsultationsHandler handler, CancellationToken ct) =>
            {
                // One row per requester unit, most warnings first; grouped in the database, paged after (docs/api.md "Paging everywhere").
                var request = Paging.Validate(page, pageSize);
                return TypedResults.Ok(Paging.Slice(await handler.WarningCountsAsync(requesterUnitId, ct), request));
            })
            .WithName("ConsultationWarningCounts")
            .WithSummary("Số cảnh báo thẩm quyền theo đơn vị lấy ý kiến, nhiều nhất trước / Competence warnings per requester unit, most first, paged")
            .WithExamples(null, """{"items":[{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","unitName":"Sở Công Thương tỉnh An Giang","consultations":12,"warnings":3}],"page":1,"pageSize":20,"total":1}""");
    }
}
