using KyCuong.Web.Platform.Web;
using KyCuong.Web.Modules.Work.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Work.GetWork;

internal static class GetWorkEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/work", async Task<Ok<MyWork>> (int? max, IWorkList work, CancellationToken ct) =>
        {
            new Validator().Check(max is null or (>= 1 and <= WorkListService.MaxItems), "max", $"max từ 1 đến {WorkListService.MaxItems}. / max must be 1 to {WorkListService.MaxItems}.")
                .ThrowIfInvalid();
            return TypedResults.Ok(await work.GetAsync(max ?? WorkListService.DefaultMax, ct));
        })
        .WithExamples(null,
            """{"tasksHeld":{"items":[{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a01","title":"Tổng hợp số liệu thủ tục hành chính tháng 1","dueDate":"2026-02-04","link":"/Tasks/Details/0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a01","kind":"taskHeld","overdue":true,"detail":"40%","since":"2026-02-03T09:00:00+07:00"}],"total":1},"toReview":{"items":[],"total":0},"extensionRequests":{"items":[],"total":0},"toReassign":{"items":[],"total":0},"documentsPresented":{"items":[],"total":0},"consultationsToAnswer":{"items":[{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","title":"Dự thảo quy chế phối hợp đôn đốc nhiệm vụ","dueDate":"2026-02-10","link":"/Consultations/Details/0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","kind":"consultationToAnswer","overdue":false,"detail":null,"since":null}],"total":1},"submissionsToReview":{"items":[],"total":0},"reminders":{"items":[],"total":0},"followed":{"items":[],"total":0},"count":2}""")
        .WithName("GetMyWork")
        .WithSummary("Việc cần xử lý / What waits for the caller: tasks held, completions to review, extension requests, tasks to re-assign, documents presented, consultations to answer, submissions to review, reminders received, tasks followed (each list at most max items, with its total)");
}
