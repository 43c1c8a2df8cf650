using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Exchange.Inbox;
using KyCuong.Web.Modules.Exchange.Transport;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Exchange.TrackHandling;

/// <summary>
/// Sends the sender a status message for each change of a received document's handling (docs/domain.md "edXML exchange"): the
/// leader's direction → assigned, some of its tasks completed → in progress, all completed → completed. Each change is a step of
/// the state machine, written with its outbox message in one save, so it is sent once however often the job runs.
/// </summary>
internal sealed class ExchangeStatusJob(AppDbContext db, IExchangeDocuments documents, IOutbox outbox, TimeProvider clock, IOptions<ExchangeOptions> options)
    : IBackgroundJob
{
    public string Name => "exchange.status";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var open = new[] { ExchangeStatus.Received, ExchangeStatus.Assigned, ExchangeStatus.InProgress };
        var messages = await db.ExchangeMessages.Where(m => m.Direction == ExchangeDirection.Received && open.Contains(m.Status))
            .OrderBy(m => m.UpdatedAtUtc).Take(options.Value.StatusBatchSize).ToListAsync(ct);
        if (messages.Count == 0)
        {
            return 0;
        }

        var handling = await documents.HandlingAsync(messages.Select(m => m.DocumentId).ToList(), ct);
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var m in messages)
        {
            if (!handling.TryGetValue(m.DocumentId, out var h))
            {
                continue;
            }

            var (target, note) = Target(h);
            if (target <= m.Status || !ExchangeStatuses.CanMove(m.Status, target))
            {
                continue;
            }

            m.MoveTo(target, now.UtcDateTime);
            var ev = InboxHandler.StatusEvent(m, target, note, now);
            db.ExchangeEvents.Add(ev);
            outbox.Enqueue(SendToHubHandler.TopicName, "edxml-status:" + ev.Id, new HubPayload(HubMessage.StatusKind, ev.Id));
            changed++;
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>The status the handling has reached (docs/domain.md "edXML exchange": the mapping of the register's facts to status codes).</summary>
    internal static (ExchangeStatus Status, string Note) Target(DocumentHandling h) =>
        h.Tasks > 0 && h.TasksCompleted == h.Tasks ? (ExchangeStatus.Completed, "Đã hoàn thành xử lý.")
        : h.TasksCompleted > 0 ? (ExchangeStatus.InProgress, $"Đã xong {h.TasksCompleted}/{h.Tasks} nhiệm vụ.")
        : h.Directed ? (ExchangeStatus.Assigned, "Lãnh đạo đã phân công xử lý.")
        : (ExchangeStatus.Received, "Đã vào sổ văn bản đến.");
}
