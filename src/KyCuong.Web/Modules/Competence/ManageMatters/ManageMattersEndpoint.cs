using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Competence.ManageMatters;

internal static class ManageMattersEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        // A catalogue of a few hundred kinds, sorted by field and name: paged in memory (docs/api.md "Paging everywhere").
        group.MapGet("/matters", async Task<Ok<Paged<MatterItem>>> (int? page, int? pageSize, ManageMattersHandler handler, CancellationToken ct) =>
            {
                var request = Paging.Validate(page, pageSize);
                return TypedResults.Ok(Paging.Slice(await handler.ListAsync(ct), request));
            })
            .WithName("ListCompetenceMatters")
            .WithSummary("Danh mục loại việc, theo lĩnh vực và tên / The kinds of matter of the competence catalogue, by field and name, paged (every official may read)")
            .WithExamples(null, """{"items":[{"code":"dat-dai.giao-dat","name":"Giao đất, cho thuê đất","field":"Đất đai","entryCount":2}],"page":1,"pageSize":20,"total":1}""");
        group.MapPost("/matters", async Task<Created<MatterItem>> (CreateMatterRequest request, ManageMattersHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/competence/matters/{Uri.EscapeDataString(created.Code)}", created);
            })
            .WithName("CreateCompetenceMatter")
            .WithSummary("Thêm loại việc / Add a kind of matter (organisation managers)");
        group.MapPut("/matters/{code}", async Task<Ok<MatterItem>> (string code, UpdateMatterRequest request, ManageMattersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UpdateAsync(code, request, ct)))
            .WithName("UpdateCompetenceMatter")
            .WithSummary("Sửa loại việc / Rename a kind of matter or move it to another field");
        group.MapDelete("/matters/{code}", async Task<NoContent> (string code, ManageMattersHandler handler, CancellationToken ct) =>
            {
                await handler.DeleteAsync(code, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCompetenceMatter")
            .WithSummary("Xóa loại việc / Delete a kind of matter (409 while an entry names it)");
    }
}
