using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.ListUsers;

internal static class ListUsersEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<UserPage>> (string? search, int? page, int? pageSize, ListUsersHandler handler, IAccessControl access, CancellationToken ct) =>
        {
            if (!await access.HasAnywhereAsync(Permission.ManageUsers, ct))
            {
                throw new ForbiddenException("Chỉ quản trị được xem danh sách tài khoản. / Only administrators list accounts.");
            }

            return TypedResults.Ok(await handler.HandleAsync(search, page ?? 1, pageSize ?? 50, ct));
        })
        .WithName("ListUsers")
        .WithSummary("Danh sách tài khoản (phân trang) / List accounts in the caller's scope, paged");
}
