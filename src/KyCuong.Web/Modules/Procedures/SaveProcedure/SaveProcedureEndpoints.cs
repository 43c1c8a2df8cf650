using KyCuong.Web.Modules.Procedures.GetProcedure;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Procedures.SaveProcedure;

internal static class SaveProcedureEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<ProcedureDetails>> (ProcedureRequest request, SaveProcedureHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/procedures/{created.Id}", created);
            })
            .WithExamples(ProcedureExamples.Request, ProcedureExamples.Details)
            .WithName("CreateProcedure")
            .WithSummary("Thêm thủ tục hành chính vào danh mục / Add a procedure to the catalogue → 201 (409 procedure.duplicateCode; published needs every part of NĐ 63/2010 art. 8)");
        group.MapPut("/{id:guid}", async Task<Ok<ProcedureDetails>> (Guid id, ProcedureRequest request, SaveProcedureHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UpdateAsync(id, request, ct)))
            .WithExamples(ProcedureExamples.Request, ProcedureExamples.Details)
            .WithName("UpdateProcedure")
            .WithSummary("Sửa, công bố thủ tục hành chính / Replace a procedure (publish it with status published; 403 outside the caller's bodies)");
    }
}
