using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing.Accountability;

/// <summary>A person's accountability record (docs/domain.md §10): reminders received and counted, the transfer-review flag and its history, returns and extensions.</summary>
internal sealed class AccountabilityHandler(AppDbContext db, ChaseAccess chaseAccess, ITaskDeadlines tasks, IPeopleDirectory people)
{
    public const int RecentReminders = 100;

    public async Task<AccountabilityResponse> HandleAsync(Guid userId, CancellationToken ct)
    {
        var unitsOfPerson = await chaseAccess.EnsureCanSeeAsync(userId, ct);
        var ladders = await chaseAccess.LaddersAsync(ct);
        var ladder = unitsOfPerson.Count > 0 ? ladders.For(unitsOfPerson[0]).Ladder : ReminderLadder.Default(Guid.Empty);
        var tally = await db.ChaseTallies.AsNoTracking().FirstOrDefaultAsync(t => t.UserId == userId, ct);
        var reminders = (await db.ChaseReminders.AsNoTracking().Where(r => r.RecipientUserId == userId && r.Kind != ReminderKinds.Escalation)
            .OrderByDescending(r => r.AtUtc).Take(RecentReminders).ToListAsync(ct));
        var flags = (await db.ChaseFlags.AsNoTracking().Where(f => f.UserId == userId).ToListAsync(ct)).OrderByDescending(f => f.RaisedAtUtc).ToList();
        var titles = await tasks.TitlesAsync(reminders.Select(r => r.TaskId).ToList(), ct);
        var names = await people.NamesAsync(reminders.Select(r => r.ByUserId).Concat(flags.Select(f => f.ClearedByUserId)).OfType<Guid>().Append(userId).Distinct(), ct);
        var counts = await tasks.CountsForAsync(userId, ct);
        var canClear = true;
        try
        {
            await chaseAccess.EnsureCanClearAsync(unitsOfPerson, ct);
        }
        catch (ForbiddenException)
        {
            canClear = false;
        }

        return new AccountabilityResponse(
            userId,
            names.GetValueOrDefault(userId) ?? "",
            tally?.Total ?? 0,
            tally?.SinceClear ?? 0,
            tally?.FlaggedAtUtc is not null,
            ladder.TransferThreshold,
            tally?.FlaggedAtUtc is { } f ? VietnamTime.ToVietnam(f) : null,
            reminders.Select(r => new ReceivedReminder(r.Id, r.TaskId, titles.GetValueOrDefault(r.TaskId) ?? "", r.Kind, r.Step, r.Counts, VietnamTime.ToVietnam(r.AtUtc), r.DueDate,
                r.ByUserId is { } by ? names.GetValueOrDefault(by) : null, r.Note)).ToList(),
            counts.Returns,
            counts.Extensions,
            flags.Select(x => new FlagEntry(x.Id, VietnamTime.ToVietnam(x.RaisedAtUtc), x.Count, x.Threshold, x.ClearedAtUtc is { } c ? VietnamTime.ToVietnam(c) : null,
                x.ClearedByUserId is { } cb ? names.GetValueOrDefault(cb) : null, x.ClearReason)).ToList(),
            canClear);
    }
}
