using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>
/// Acknowledgement reminders run themselves (docs/domain.md "Acknowledgement of directives"): on each working day, once
/// <see cref="AcknowledgementOptions.FirstReminderAfterWorkingDays"/> working days have passed since the direction, everyone still missing
/// is reminded — by the same rule as the leaders' reminder endpoint (at most one reminder per person, directive and day). Each campaign is
/// handled once a day (its audit row of the day says so); a campaign that fails is reported and skipped, the others go on.
/// </summary>
internal sealed class AcknowledgementReminderJob(
    AppDbContext db, AcknowledgementService service, ICalendarService calendar, IOptions<AcknowledgementOptions> options, TimeProvider clock,
    JobRunReport report, ILogger<AcknowledgementReminderJob> logger) : IBackgroundJob
{
    public const string JobName = "documents.acknowledgementReminders";

    public string Name => JobName;

    public int Order => 130;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var cal = await calendar.GetAsync(ct);
        if (!options.Value.DailyReminders || !cal.IsWorkingDay(today))
        {
            return 0;
        }

        var startOfDay = VietnamTime.StartOfDay(today).UtcDateTime;
        var bound = startOfDay.AddDays(-options.Value.FirstReminderAfterWorkingDays);
        var done = db.AuditEntries.Where(a => a.EntityType == "document" && a.Action == AcknowledgementService.RemindersAudit && a.AtUtc >= startOfDay);
        var due = await db.AcknowledgementCampaigns.AsNoTracking()
            .Where(c => c.RequiredAtUtc < bound && !done.Any(a => a.EntityId == c.DocumentId))
            .OrderBy(c => c.RequiredAtUtc).Select(c => new { c.DocumentId, c.RequiredAtUtc }).ToListAsync(ct);
        var sent = 0;
        foreach (var c in due)
        {
            try
            {
                var since = DateOnly.FromDateTime(VietnamTime.ToVietnam(c.RequiredAtUtc).DateTime);
                if (cal.CountWorkingDays(since, today) <= options.Value.FirstReminderAfterWorkingDays)
                {
                    continue;
                }

                var (campaign, doc) = await service.LoadAsync(c.DocumentId, ct);
                sent += await service.SendRemindersAsync(campaign, doc, unitId: null, byUserId: null, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                report.Fail($"Quán triệt văn bản / acknowledgement of document {c.DocumentId}", ex);
                logger.LogWarning(ex, "Acknowledgement reminders for document {DocumentId} not sent", c.DocumentId);
            }
        }

        return sent;
    }
}
