using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.ManageAccount;

internal static class ManageAccountEndpoints
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapGet("/{id:guid}", async Task<Ok<AccountDetails>> (Guid id, ManageAccountHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetUser")
            .WithSummary("Tài khoản, chức vụ và vai trò / An account with its positions and roles");
        users.MapPost("/{id:guid}/positions", async Task<Ok<AccountDetails>> (Guid id, AddPositionRequest request, ManageAccountHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.AddPositionAsync(id, request, ct)))
            .WithName("AddPosition")
            .WithSummary("Thêm chức vụ, vai trò tại một đơn vị / Add a position with roles in a unit");
        users.MapPost("/{id:guid}/positions/{positionId:guid}/end", async Task<Ok<AccountDetails>> (Guid id, Guid positionId, EndPositionRequest request, ManageAccountHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.EndPositionAsync(id, positionId, request, ct)))
            .WithName("EndPosition")
            .WithSummary("Kết thúc chức vụ / End a position");
        users.MapPost("/{id:guid}/deactivate", async Task<Ok<AccountDetails>> (Guid id, ManageAccountHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.SetActiveAsync(id, false, ct)))
            .WithName("DeactivateUser")
            .WithSummary("Khóa tài khoản / Deactivate an account");
        users.MapPost("/{id:guid}/activate", async Task<Ok<AccountDetails>> (Guid id, ManageAccountHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.SetActiveAsync(id, true, ct)))
            .WithName("ActivateUser")
            .WithSummary("Mở khóa tài khoản / Activate and unlock an account");
    }
}
