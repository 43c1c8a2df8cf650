using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ReviewTask;

internal static class ReviewTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/review", async Task<Ok<ReviewTaskResponse>> (Guid id, ReviewTaskRequest request, ReviewTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples(
            """{"quality":"notMet","majorError":true,"note":"Thiếu số liệu của các xã, đề nghị bổ sung.","reopen":true}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a01","status":"inProgressOnTime","state":"open","dueDate":"2026-02-20","version":4,"review":{"quality":"notMet","qualityLabel":"Không đạt yêu cầu","majorError":true,"note":"Thiếu số liệu của các xã, đề nghị bổ sung.","at":"2026-02-10T09:15:00+07:00","by":{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a02","name":"Nguyễn Văn An"},"reopened":true,"completedOn":"2026-02-09"}}""")
        .WithName("ReviewTask")
        .WithSummary("Đánh giá kết quả hoàn thành / The assigning side reviews a completion (reopen:true sends it back; 409 task.notCompleted, task.alreadyReviewed)");
}
