using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/me", async Task<Ok<MeResponse>> (GetMeHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)))
        .WithName("GetMe")
        .WithSummary("Tài khoản hiện tại, chức vụ và quyền / The caller, their positions and permissions");
}
