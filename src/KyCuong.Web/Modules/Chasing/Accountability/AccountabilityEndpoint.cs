using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Chasing.Accountability;

internal static class AccountabilityEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapGet("/{id:guid}/accountability",
            async Task<Ok<AccountabilityResponse>> (Guid id, AccountabilityHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetAccountability")
        .WithSummary("Hồ sơ trách nhiệm: số lần bị đôn đốc, cờ xem xét điều chuyển, trả lại, gia hạn / A person's reminders, transfer-review flag, returns and extensions");
}
