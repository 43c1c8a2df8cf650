using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Notifications.Inbox;

internal static class InboxEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<InboxPage>> (bool? unreadOnly, int? page, int? pageSize, InboxHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(unreadOnly ?? false, page ?? 1, pageSize ?? 20, ct)))
            .WithName("ListNotifications")
            .WithSummary("Hộp thông báo của tôi (chưa đọc trước) / My notices, unread first, paged");
        group.MapGet("/unread-count", async Task<Ok<UnreadCount>> (InboxHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UnreadAsync(ct)))
            .WithName("UnreadNotificationCount")
            .WithSummary("Số thông báo chưa đọc / Number of unread notices");
        group.MapPost("/{id:guid}/read", async Task<Ok<MarkReadResponse>> (Guid id, InboxHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.MarkReadAsync(id, ct)))
            .WithName("MarkNotificationRead")
            .WithSummary("Đánh dấu đã đọc / Mark one of my notices read");
        group.MapPost("/read-all", async Task<Ok<MarkReadResponse>> (InboxHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.MarkAllReadAsync(ct)))
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Đánh dấu tất cả đã đọc / Mark all my notices read");
    }
}
