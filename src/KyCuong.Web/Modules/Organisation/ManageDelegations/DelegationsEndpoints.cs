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
        group.MapGet("/", async Task<Ok<IReadOnlyList<DelegationDto>>> (DelegationsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(null, ct)))
            .WithName("ListDelegations")
            .WithSummary("Ủy quyền đã giao hoặc được nhận / Delegations given or received");
        group.MapPost("/{id:guid}/revoke", async Task<NoContent> (Guid id, DelegationsHandler handler, CancellationToken ct) =>
            {
                await handler.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeDelegation")
            .WithSummary("Thu hồi ủy quyền / Revoke a delegation");
    }
}
