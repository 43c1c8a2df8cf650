using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Competence.ManageEntries;

internal static class ManageEntriesEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/entries", async Task<Ok<Paged<EntryItem>>> (string? matterCode, Guid? unitId, int? page, int? pageSize, ManageEntriesHandler handler, CancellationToken ct) =>
            {
                // Sorted by field, matter, role and unit in memory (names come from the Organisation module): paged after sorting.
                var request = Paging.Validate(page, pageSize);
                return TypedResults.Ok(Paging.Slice(await handler.ListAsync(matterCode, unitId, ct), request));
            })
            .WithName("ListCompetenceEntries")
            .WithSummary("Danh mục thẩm quyền / Catalogue entries, by matter or by unit (its own and its level's), paged; every official may read")
            .WithExamples(null, """
                {"items":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d60","matterCode":"dat-dai.giao-dat","matterName":"Giao đất, cho thuê đất","field":"Đất đai",
                  "unitId":null,"unitName":null,"unitKind":"province","role":"decides","legalBasis":"Điều 123 Luật Đất đai 2024"}],"page":1,"pageSize":20,"total":1}
                """);
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
