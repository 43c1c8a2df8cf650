using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Chasing.Ladder;

internal static class LadderEndpoint
{
    public static void Map(RouteGroupBuilder units)
    {
        units.MapGet("/{id:guid}/reminder-ladder", async Task<Ok<LadderDto>> (Guid id, LadderHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetReminderLadder")
            .WithSummary("Thang nhắc việc áp dụng cho đơn vị / The reminder ladder that applies to a unit");
        units.MapPut("/{id:guid}/reminder-ladder", async Task<Ok<LadderDto>> (Guid id, LadderRequest request, LadderHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.PutAsync(id, request, ct)))
            .WithName("PutReminderLadder")
            .WithSummary("Đặt thang nhắc việc cho đơn vị và các đơn vị trực thuộc / Set the reminder ladder of a unit's subtree");
    }
}
