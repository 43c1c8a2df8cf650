using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>
/// docs/domain.md §10 (Hải Dương, Thông báo 924-TB/TU): after the third counted reminder an official is flagged for consideration
/// of transfer; the threshold is the ladder's setting for the person's unit. The flag is raised in the caller's transaction —
/// the one that wrote the reminder reaching the threshold — with a conditional update (only an unflagged tally is flagged),
/// and the unit head and the personnel office get a notice.
/// </summary>
internal sealed class FlagRaiser(AppDbContext db, IPeopleDirectory people, ICurrentUser currentUser, INotifier notifier, TimeProvider clock)
{
    public async Task<int> RaiseAsync(IReadOnlyList<PersonTally> tallies, LadderResolver ladders, bool bySystem, CancellationToken ct)
    {
        var raised = 0;
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        // Most tallies of a sweep batch are far below every threshold: skip them without asking for the person's unit.
        var lowest = ladders.AllPlans.Min(p => p.Ladder.TransferThreshold);
        foreach (var t in tallies.Where(t => t.FlaggedAtUtc is null && t.SinceClear >= lowest))
        {
            var unitsOfPerson = await people.UnitsOfAsync(t.UserId, today, ct);
            var unit = unitsOfPerson.Count > 0 ? unitsOfPerson[0] : Guid.Empty;
            var ladder = unit == Guid.Empty ? ReminderLadder.Default(Guid.Empty) : ladders.For(unit).Ladder;
            if (t.SinceClear < ladder.TransferThreshold)
            {
                continue;
            }

            var affected = await db.ChaseTallies.Where(x => x.UserId == t.UserId && x.FlaggedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.FlaggedAtUtc, now), ct);
            if (affected != 1)
            {
                continue;
            }

            var flag = new TransferFlag { Id = Guid.CreateVersion7(), UserId = t.UserId, RaisedAtUtc = now, Count = t.SinceClear, Threshold = ladder.TransferThreshold };
            db.ChaseFlags.Add(flag);
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(), AtUtc = now, ActorUserId = bySystem ? null : currentUser.UserId, ActorName = bySystem ? "system" : currentUser.UserName ?? "system",
                EntityType = ChasingAudit.PersonEntity, EntityId = t.UserId, Action = ChasingAudit.FlagRaised,
                DataJson = System.Text.Json.JsonSerializer.Serialize(new { flagId = flag.Id, count = t.SinceClear, threshold = ladder.TransferThreshold }, System.Text.Json.JsonSerializerOptions.Web),
            });
            var name = (await people.NamesAsync([t.UserId], ct)).GetValueOrDefault(t.UserId) ?? "";
            var recipients = new HashSet<Guid>();
            if (unit != Guid.Empty && await people.HeadOfAsync(unit, today, ct) is { } head && head.UserId != t.UserId)
            {
                recipients.Add(head.UserId);
            }

            if (ladder.PersonnelOfficeUnitId is { } office && await people.HeadOfAsync(office, today, ct) is { } officeHead && officeHead.UserId != t.UserId)
            {
                recipients.Add(officeHead.UserId);
            }

            foreach (var r in recipients)
            {
                var p = ChaseNotices.Flag(r, t.UserId, name, t.SinceClear);
                notifier.Notify(new NotificationRequest(r, p.Category, p.Subject, p.Body, p.Link, $"chase-flag:{flag.Id}:{r}"));
            }

            raised++;
        }

        if (raised > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return raised;
    }
}
