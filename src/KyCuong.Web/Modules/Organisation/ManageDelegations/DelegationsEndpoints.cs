using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.ManageDelegations;

internal static class DelegationsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<DelegationDto>> (CreateDelegationRequest request, DelegationsHandler handler, CancellationToken ct) =>
            {
                var d = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/delegations/{d.Id}", d);
            })
            .WithName("CreateDelegation")
            .WithSummary("Ủy quyền / Delegate powers for a period (cannot be re-delegated)");
        group.MapGet("/", async Task<Ok<Paged<DelegationDto>>> (int? page, int? pageSize, DelegationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.PageAsync(page, pageSize, ct)))
            .WithName("ListDelegations")
            .WithSummary("Ủy quyền đã giao hoặc được nhận, ngày bắt đầu mới nhất trước / Delegations given or received, latest start first, paged")
            .WithExamples(null, """
                {"items":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d50","grantorUserId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d51","grantorName":"Lê Minh Cường",
                  "granteeUserId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d52","granteeName":"Phạm Thu Dung","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40",
                  "unitName":"Sở Nội vụ tỉnh An Giang","scope":["assignWork"],"validFrom":"2026-03-02","validTo":"2026-03-13","reason":"Giám đốc đi công tác",
                  "documentReference":"12/UQ-SNV","active":true}],"page":1,"pageSize":20,"total":1}
                """);
        group.MapPost("/{id:guid}/revoke", async Task<NoContent> (Guid id, DelegationsHandler handler, CancellationToken ct) =>
            {
                await handler.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeDelegation")
            .WithSummary("Thu hồi ủy quyền / Revoke a delegation");
    }
}
