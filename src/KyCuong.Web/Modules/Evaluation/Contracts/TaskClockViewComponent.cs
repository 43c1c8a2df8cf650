using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace KyCuong.Web.Modules.Evaluation.Contracts;

/// <summary>One row of "who held it how long" on the task page.</summary>
public sealed record ClockRow(string Who, string State, DateTime FromUtc, DateTime ToUtc, double Days, int LateDays, bool Open);

/// <summary>The task page's evaluation block: the clock rows and the product type.</summary>
internal sealed record TaskClockModel(IReadOnlyList<ClockRow> Rows, TaskProductPanel? Product);

/// <summary>
/// "Ai giữ hồ sơ bao lâu" (docs/domain.md "Evaluation", who held the clock): the task page shows the segments the evaluation
/// uses, so the holder sees exactly which late days are charged to them. The page calls it only after its own access check.
/// Public because ASP.NET Core discovers only public view components; other modules invoke it by name ("TaskClock").
/// </summary>
public sealed class TaskClockViewComponent(ITaskHistoryForEvaluation history, IPeopleDirectory people, TimeProvider clock, ITaskProductPanel products)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid taskId)
    {
        var ct = HttpContext.RequestAborted;
        var t = await history.HistoryAsync(taskId, ct);
        if (t is null)
        {
            return Content("");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var until = t.CompletedAtUtc is { } done && done < now ? done : now;
        var segments = TaskClock.Split(EvaluationCalculator.ClockFactsOf(t), until).Where(s => s.State != ClockState.Done && s.ToUtc > s.FromUtc).ToList();
        var names = await people.NamesAsync(segments.Where(s => s.UserId is not null).Select(s => s.UserId!.Value).Distinct(), ct);
        var rows = segments.Select((s, i) => new ClockRow(
            s.UserId is { } u && names.TryGetValue(u, out var n) ? n : "—",
            s.State switch
            {
                ClockState.Held => "Giữ hồ sơ, xử lý",
                ClockState.WaitingForExtension => "Chờ cấp trên quyết định gia hạn",
                ClockState.WaitingForReview => "Chờ bên giao đánh giá kết quả",
                ClockState.Returned => "Trả lại, chờ điều chuyển",
                _ => "Chưa giao cho người cụ thể",
            },
            s.FromUtc, s.ToUtc, Math.Round(s.Days, 1), s.LateDays, i == segments.Count - 1 && t.CompletedAtUtc is null)).ToList();
        // The product type (conversion, Nghị định 335/2025) sits beside the clock: both are what the evaluation reads of this task.
        return View("/Modules/Evaluation/Pages/Shared/_TaskClock.cshtml", new TaskClockModel(rows, await products.PanelAsync(taskId, ct)));
    }
}
