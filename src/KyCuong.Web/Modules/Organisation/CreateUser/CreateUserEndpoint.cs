using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.CreateUser;

internal static class CreateUserEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<Created<CreateUserResponse>> (CreateUserRequest request, CreateUserHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/users/{created.Id}", created);
        })
        .WithName("CreateUser")
        .WithSummary("Tạo tài khoản / Create an account with a position in a unit");
}
