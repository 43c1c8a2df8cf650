using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.TrackFeedback;

internal static class TrackFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/feedback/{trackingCode}", async Task<Ok<PublicFeedbackStatus>> (string trackingCode, TrackFeedbackHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(trackingCode, ct)))
            .RequireRateLimiting(CitizensModule.LookupPolicy)
            .WithExamples(null,
                """{"status":"answered","dueDate":"2026-03-05","answer":"Sở đã kiểm tra và trả kết quả ngày 12/02/2026; đã nhắc nhở công chức tiếp nhận.","notice":null,"forwardedTo":null,"receivedOn":"2026-02-03","bodyName":"Sở Công Thương tỉnh An Giang","rating":null}""")
            .WithName("TrackPublicFeedback")
            .WithSummary("Tra cứu tình trạng theo mã / Status by tracking code, no personal data (404 for unknown codes)");

        group.MapPost("/feedback/{trackingCode}/rating", async Task<NoContent> (string trackingCode, RateRequest request, TrackFeedbackHandler handler, CancellationToken ct) =>
            {
                await handler.RateAsync(trackingCode, request, ct);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(CitizensModule.LookupPolicy)
            .WithExamples("""{"stars":4}""", null)
            .WithName("RatePublicAnswer")
            .WithSummary("Đánh giá câu trả lời đã công khai (1–5) / Rate a published answer (409 feedback.notAnswered)");

        group.MapGet("/answers", async Task<Ok<Paged<PublishedAnswer>>> (int? page, int? pageSize, TrackFeedbackHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.PublishedAsync(page, pageSize, ct)))
            .RequireRateLimiting(CitizensModule.LookupPolicy)
            .WithName("ListPublishedAnswers")
            .WithSummary("Các câu trả lời đã công khai, mới nhất trước / Published answers, newest first, paged")
            .WithExamples(null, """
                {"items":[{"subject":"Chậm cấp giấy phép xây dựng","answer":"Sở Xây dựng đã cấp giấy phép ngày 10/03/2026.","bodyName":"Ủy ban nhân dân tỉnh An Giang",
                  "publishedAt":"2026-03-10T09:00:00+07:00","receivedOn":"2026-03-02"}],"page":1,"pageSize":20,"total":1}
                """);
    }
}
