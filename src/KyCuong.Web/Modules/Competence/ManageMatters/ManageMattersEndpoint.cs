using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Competence.ManageMatters;

internal static class ManageMattersEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/matters", async Task<Ok<IReadOnlyList<MatterItem>>> (ManageMattersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(ct)))
            .WithName("ListCompetenceMatters")
            .WithSummary("Danh mục loại việc / The kinds of matter of the competence catalogue (every official may read)");
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
