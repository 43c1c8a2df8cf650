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
        group.MapGet("/warning-counts", async Task<Ok<IReadOnlyList<WarningCount>>> (Guid? requesterUnitId, ListConsultationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.WarningCountsAsync(requesterUnitId, ct)))
            .WithName("ConsultationWarningCounts")
            .WithSummary("Số cảnh báo thẩm quyền theo đơn vị lấy ý kiến / Competence warnings per requester unit");
    }
}
