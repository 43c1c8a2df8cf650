using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.CompleteTask;

internal static class CompleteTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/complete", async Task<Ok<TaskStatusResponse>> (Guid id, CompleteTaskRequest request, CompleteTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("CompleteTask")
        .WithSummary("Báo cáo hoàn thành nhiệm vụ / Complete a task with its result, the outgoing document and files (409 task.alreadyCompleted when done)")
        .WithExamples(
            """{"result":"Đã ban hành Kế hoạch số 15/KH-SNV.","outputDocumentId":"01a24440-cfbd-7634-8874-69705c279b6c","attachments":[{"name":"ke-hoach-15.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQK"}]}""",
            """{"status":"doneOnTime","state":"completed","dueDate":"2026-02-24","completedOn":"2026-02-10"}""");
}
