using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Notifications.Preferences;

internal static class PreferencesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/preferences", async Task<Ok<PreferencesResponse>> (PreferencesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(ct)))
            .WithName("GetNotificationPreferences")
            .WithSummary("Chế độ nhận thư của tôi, mặc định và theo từng loại thông báo / My e-mail mode, default and per notice category");
        group.MapPut("/preferences", async Task<Ok<PreferencesResponse>> (PreferencesRequest request, PreferencesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SetAsync(request, ct)))
            .WithName("SetNotificationPreferences")
            .WithSummary("Đổi chế độ nhận thư (immediate, digest, none), mặc định và theo từng loại / Change my e-mail mode, default and per category");
    }
}
