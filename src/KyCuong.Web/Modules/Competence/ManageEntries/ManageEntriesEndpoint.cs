using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Competence.ManageEntries;

internal static class ManageEntriesEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/entries", async Task<Ok<IReadOnlyList<EntryItem>>> (string? matterCode, Guid? unitId, ManageEntriesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(matterCode, unitId, ct)))
            .WithName("ListCompetenceEntries")
            .WithSummary("Danh mục thẩm quyền / Catalogue entries, by matter or by unit (its own and its level's); every official may read");
        group.MapPost("/entries", async Task<Created<EntryItem>> (CreateEntryRequest request, ManageEntriesHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/competence/entries/{created.Id}", created);
            })
            .WithName("CreateCompetenceEntry")
            .WithSummary("Thêm mục thẩm quyền / Add an entry: a unit or a unit kind, decides|concerned, with its legal mandate");
        group.MapDelete("/entries/{id:guid}", async Task<NoContent> (Guid id, ManageEntriesHandler handler, CancellationToken ct) =>
            {
                await handler.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCompetenceEntry")
            .WithSummary("Xóa mục thẩm quyền / Delete a catalogue entry (organisation managers)");
    }
}
