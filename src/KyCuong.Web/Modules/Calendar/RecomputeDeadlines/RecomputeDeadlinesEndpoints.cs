using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.RecomputeDeadlines;

internal static class RecomputeDeadlinesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/recompute/preview", async Task<Ok<RecomputeResponse>> (RecomputeDeadlinesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.PreviewAsync(ct)))
            .WithName("PreviewDeadlineRecompute")
            .WithSummary("Xem trước các thời hạn sẽ thay đổi theo lịch hiện hành (quản trị) / Which open deadlines would move under the current calendar");
        group.MapPost("/recompute/apply", async Task<Ok<RecomputeResponse>> (RecomputeRequest request, RecomputeDeadlinesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ApplyAsync(request, ct)))
            .WithName("ApplyDeadlineRecompute")
            .WithSummary("Tính lại thời hạn theo lịch hiện hành (quản trị, ghi nhật ký) / Move open deadlines to the current calendar (audited)");
    }
}
