using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing.Board;

/// <summary>
/// The monitoring office's board: open tasks overdue or due within N working days (the ladder's setting,
/// default 2) across the units where the caller monitors (Monitor, held by monitors and leaders), with the answerable
/// person, working days overdue and the reminders so far. Filtered and paged in SQL.
/// </summary>
internal sealed class BoardHandler(AppDbContext db, ITaskDeadlines deadlines, IAccessControl access, IUnitDirectory units, IPeopleDirectory people,
    ICalendarService calendar, ChaseAccess chaseAccess, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<BoardPage> HandleAsync(BoardQuery query, CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.Monitor, ct))
        {
            throw new ForbiddenException("Chỉ người theo dõi, đôn đốc và lãnh đạo được xem bảng đôn đốc. / Only monitors and leaders may see the chasing board.");
        }

        var today = clock.Today();
        var snapshot = await calendar.GetAsync(ct);
        var ladders = await chaseAccess.LaddersAsync(ct);
        var myUnits = currentUser.UserId is { } me ? await people.UnitsOfAsync(me, today, ct) : [];
        var nearDueDays = myUnits.Count > 0 ? ladders.For(myUnits[0]).Ladder.NearDueDays : 2;
        var horizon = snapshot.DueAfterWorkingDays(today, nearDueDays);
        var scope = await access.ScopeAsync(Permission.Monitor, ct);
        var q = deadlines.OpenWithDueDate();
        if (scope is not null)
        {
            q = q.Where(t => scope.Contains(t.LeadUnitId) || scope.Contains(t.AssignerUnitId));
        }

        q = query.Kind switch
        {
            "overdue" => q.Where(t => t.DueDate < today),
            "nearDue" => q.Where(t => t.DueDate >= today && t.DueDate <= horizon),
            _ => q.Where(t => t.DueDate <= horizon),
        };
        if (query.LeadUnitId is { } unit)
        {
            var subtree = units.Subtree(unit);
            q = q.Where(t => subtree.Contains(t.LeadUnitId));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(t => t.Title.Contains(text));
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(t => t.DueDate).ThenBy(t => t.TaskId).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = items.Select(t => t.TaskId).ToList();
        var perTask = await db.ChaseReminders.AsNoTracking().Where(r => ids.Contains(r.TaskId) && r.Counts)
            .GroupBy(r => r.TaskId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var personIds = items.Select(t => t.AnswerableUserId).OfType<Guid>().Distinct().ToList();
        var perPerson = await db.ChaseTallies.AsNoTracking().Where(t => personIds.Contains(t.UserId)).ToDictionaryAsync(t => t.UserId, t => t.Total, ct);
        var names = await people.NamesAsync(personIds, ct);
        var unitNames = await units.FindManyAsync(items.Select(t => t.LeadUnitId).Distinct().ToList(), ct);
        var rows = items.Select(t => new BoardRow(
            t.TaskId, t.Title, t.LeadUnitId, unitNames.GetValueOrDefault(t.LeadUnitId)?.Name ?? "", t.AnswerableUserId,
            t.AnswerableUserId is { } a ? names.GetValueOrDefault(a) : null, t.DueDate,
            // A due date stored before validation existed may lie outside the calendar (1900–2100): counted from its edge, never a 500.
            t.DueDate < today ? snapshot.CountWorkingDays(InputRules.ClampToCalendar(t.DueDate), today) : 0,
            t.DueDate >= today ? snapshot.CountWorkingDays(today, InputRules.ClampToCalendar(t.DueDate)) : 0,
            perTask.GetValueOrDefault(t.TaskId),
            t.AnswerableUserId is { } p ? perPerson.GetValueOrDefault(p) : 0)).ToList();
        return new BoardPage(rows, page, size, total, nearDueDays, today);
    }
}
