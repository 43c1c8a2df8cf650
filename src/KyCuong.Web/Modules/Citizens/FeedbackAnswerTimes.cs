using KyCuong.Web.Modules.Citizens.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Citizens;

/// <summary>
/// Answers and their deadlines, for the "feedback answered on time" criterion of the index of Quyết định 766/QĐ-TTg (docs/domain.md
/// "Procedures: simplification plans and the 766 index"). The deadline is the handling task's due date, read from the Tasks module
/// (which owns it, extensions included); an item answered without a task (none today) or whose task is gone is left out.
/// </summary>
internal sealed class FeedbackAnswerTimes(AppDbContext db, ITaskDeadlines tasks) : IFeedbackAnswerTimes
{
    private const int Chunk = 1000;

    public async Task<IReadOnlyList<FeedbackAnswerTime>> AnsweredForBodiesAsync(IReadOnlyCollection<Guid> bodyUnitIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = VietnamTime.StartOfDay(from).UtcDateTime;
        var end = VietnamTime.StartOfDay(to.AddDays(1)).UtcDateTime;
        var rows = await db.FeedbackItems.AsNoTracking()
            .Where(f => bodyUnitIds.Contains(f.BodyUnitId) && f.TaskId != null && f.AnsweredAtUtc != null && f.AnsweredAtUtc >= start && f.AnsweredAtUtc < end)
            .Select(f => new { TaskId = f.TaskId!.Value, AnsweredAtUtc = f.AnsweredAtUtc!.Value })
            .ToListAsync(ct);
        var result = new List<FeedbackAnswerTime>(rows.Count);
        foreach (var chunk in rows.Chunk(Chunk))
        {
            var due = await tasks.FindManyAsync([.. chunk.Select(r => r.TaskId).Distinct()], ct);
            foreach (var r in chunk)
            {
                if (due.TryGetValue(r.TaskId, out var task) && task.DueDate is { } dueDate)
                {
                    var answeredOn = DateOnly.FromDateTime(VietnamTime.ToVietnam(new DateTimeOffset(r.AnsweredAtUtc, TimeSpan.Zero)).DateTime);
                    result.Add(new FeedbackAnswerTime(answeredOn, dueDate));
                }
            }
        }

        return result;
    }
}
