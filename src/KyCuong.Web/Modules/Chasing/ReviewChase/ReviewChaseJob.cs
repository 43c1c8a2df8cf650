using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Chasing.ReviewChase;

/// <summary>
/// docs/domain.md §6 (results reviewed): a reported completion waits for the assigning side's review; once it has waited
/// <see cref="ChasingOptions.ReviewWorkingDays"/> working days the reviewer (the person who assigned it, else the assigning unit's
/// head) is reminded, once per completion, in working hours of a working day like every ladder step. The reminder row, its audit
/// row and the notice commit together; the reminder row (and the notice's key) make a second reminder impossible.
/// </summary>
internal sealed class ReviewChaseJob(
    AppDbContext db, ITaskReviews reviews, IUnitDirectory units, IPeopleDirectory people, ICalendarService calendar, AuditLog audit, INotifier notifier,
    TimeProvider clock, IOptions<ChasingOptions> options) : IBackgroundJob
{
    public const string JobName = "chasing.reviews";

    private const int BatchSize = 500;

    public string Name => JobName;

    public int Order => 110;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var resolver = await LadderResolver.LoadAsync(db, units, calendar, ct);
        if (!resolver.AllPlans.Any(p => p.IsWorkingTime(now)))
        {
            return 0;
        }

        var days = options.Value.ReviewWorkingDays;

        // N working days are at least N calendar days: the bound narrows the indexed scan; the calendar decides below.
        var bound = now.AddDays(-days);
        var waiting = await reviews.AwaitingSince(bound)
            .Where(r => !db.ChaseReminders.Any(x => x.TaskId == r.TaskId && x.Kind == ReminderKinds.Review && x.AtUtc >= r.AwaitingSinceUtc))
            .OrderBy(r => r.AwaitingSinceUtc).ThenBy(r => r.TaskId).Take(BatchSize).ToListAsync(ct);
        var snapshot = await calendar.GetAsync(ct);
        var sent = 0;
        foreach (var row in waiting)
        {
            var since = DateOnly.FromDateTime(VietnamTime.ToVietnam(row.AwaitingSinceUtc).DateTime);
            var reviewDue = snapshot.DueAfterWorkingDays(since, days);
            if (today <= reviewDue)
            {
                continue;
            }

            var reviewer = row.AssignedByUserId ?? (await people.HeadOfAsync(row.AssignerUnitId, today, ct))?.UserId;
            if (reviewer is not { } recipient)
            {
                continue;
            }

            var reminder = new ReminderRecord
            {
                Id = Guid.CreateVersion7(), TaskId = row.TaskId, RecipientUserId = recipient, Kind = ReminderKinds.Review, Counts = false, AtUtc = now,
                DueDate = reviewDue,
            };
            db.ChaseReminders.Add(reminder);
            audit.Record(ChasingAudit.TaskEntity, row.TaskId, ChasingAudit.ReviewReminder,
                new { reminderId = reminder.Id, recipientUserId = recipient, completedOn = row.CompletedOn, reviewDue });
            var p = ChaseNotices.Review(recipient, row.TaskId, row.Title, row.CompletedOn ?? since, reviewDue, row.DueDate);
            notifier.Notify(new NotificationRequest(recipient, p.Category, p.Subject, p.Body, p.Link, $"chase-review:{row.TaskId}:{row.Completion}"));
            sent++;
        }

        if (sent > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }
}
