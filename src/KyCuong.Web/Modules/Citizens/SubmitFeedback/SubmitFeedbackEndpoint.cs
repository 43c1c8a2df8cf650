using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.SubmitFeedback;

internal static class SubmitFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/feedback", async Task<Created<SubmitFeedbackResponse>> (SubmitFeedbackRequest request, SubmitFeedbackHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/public/feedback/{created.TrackingCode}", created);
        })
        .RequireRateLimiting(CitizensModule.SubmitPolicy)
        .WithExamples(
            """{"kind":"reflection","subject":"Chậm trả kết quả cấp giấy phép kinh doanh","content":"Hồ sơ nộp ngày 02/02/2026, hẹn trả 09/02/2026 nhưng đến nay chưa có kết quả.","submitter":{"name":"Nguyễn Văn A","phone":"0912345678"},"about":{"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03"}}""",
            null)
        .WithName("SubmitPublicFeedback")
        .WithSummary("Gửi phản ánh, kiến nghị (không cần tài khoản) / Submit feedback without an account → 201 {\"trackingCode\"}; 429 when the address sends too many");
}
