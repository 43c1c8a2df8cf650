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
        .WithName("GetMyWork")
        .WithSummary("Việc cần xử lý / What waits for the caller: tasks held, completions to review, extension requests, tasks to re-assign, documents presented, consultations to answer, submissions to review, reminders received, tasks followed (each list at most max items, with its total)");
}
