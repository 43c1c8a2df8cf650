using System.Text.Json;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks.Overdue;

/// <summary>
/// "task.overdue" (docs/domain.md "Webhooks"): a task turns overdue by the calendar, not by anyone's action, so there is no audit
/// row to capture. This job finds open tasks whose deadline passed (Vietnam date, docs/domain.md §6: overdue the day after the due
/// date) within <see cref="WebhookOptions.OverdueLookbackDays"/>, and records each once per due date (an extension gives a new
/// due date, and a second overdue event if that one passes too). It does nothing while no subscription asks for the kind.
/// </summary>
internal sealed class OverdueEventJob(AppDbContext db, ITaskDeadlines tasks, SubscribedKinds subscribed, TimeProvider clock, IOptionsSnapshot<WebhookOptions> options)
    : IBackgroundJob
{
    public const string JobName = "webhooks.overdue";

    public string Name => JobName;

    /// <summary>After the modules' own jobs, before the outbox drainer (1000) that fans the events out.</summary>
    public int Order => 900;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!(await subscribed.GetAsync(db, ct)).Contains(WebhookEvents.TaskOverdue))
        {
            return 0;
        }

        var settings = options.Value;
        var today = clock.Today();
        var from = today.AddDays(-settings.OverdueLookbackDays);
        var rows = await tasks.OpenWithDueDate()
            .Where(t => t.DueDate < today && t.DueDate >= from)
            .Where(t => !db.WebhookOverdueMarks.Any(m => m.TaskId == t.TaskId && m.DueDate == t.DueDate))
            .OrderBy(t => t.DueDate).ThenBy(t => t.TaskId)
            .Select(t => new { t.TaskId, t.Title, t.DueDate, t.LeadUnitId, t.AssignerUnitId, t.AnswerableUserId })
            .Take(settings.OverdueBatch)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var t in rows)
        {
            var eventId = Guid.CreateVersion7();
            db.WebhookOverdueMarks.Add(new WebhookOverdueMark { TaskId = t.TaskId, DueDate = t.DueDate, EventId = eventId, AtUtc = now });
            var data = JsonSerializer.Serialize(new { t.Title, dueDate = t.DueDate, t.LeadUnitId, t.AssignerUnitId, answerableUserId = t.AnswerableUserId, asOf = today },
                JsonSerializerOptions.Web);
            db.OutboxMessages.Add(OutboxMessage.Create(WebhookTopics.Event, $"hook-event:{eventId}",
                new WebhookEventPayload(eventId, WebhookEvents.TaskOverdue, "task", t.TaskId, now, data), now));
        }

        await db.SaveChangesAsync(ct);
        return rows.Count;
    }
}
