using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Modules.Calendar.Persistence;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.RecomputeDeadlines;

/// <summary>
/// docs/domain.md §7: a later calendar change must not silently move a deadline already given; re-computation is an explicit,
/// audited act. Preview lists what would move under the current calendar; apply moves the ledger rows, lets each
/// owner module move its own rows, and writes one audit entry listing every move — all in one transaction.
/// </summary>
internal sealed class RecomputeDeadlinesHandler(
    AppDbContext db, IAccessControl access, ICalendarService calendar, AuditLog audit, TimeProvider clock, IEnumerable<IDeadlineOwner> owners)
{
    public async Task<RecomputeResponse> PreviewAsync(CancellationToken ct)
    {
        await access.EnsureCanManageAsync(ct);
        var snapshot = await calendar.GetAsync(ct);
        var today = clock.Today();
        var rows = await OpenQuery(today, snapshot.Version).AsNoTracking().ToListAsync(ct);
        var moves = RecomputePolicy.Moves(rows.Select(ToCandidate), snapshot.Calendar, today);
        return new RecomputeResponse(snapshot.Version, today, false, rows.Count, moves.Select(m => ToResponse(m, rows)).ToList());
    }

    public async Task<RecomputeResponse> ApplyAsync(RecomputeRequest request, CancellationToken ct)
    {
        await access.EnsureCanManageAsync(ct);
        new Validator().Require(request.Reason, "reason", "Lý do, căn cứ điều chỉnh", 900).ThrowIfInvalid();
        var snapshot = await calendar.GetAsync(ct);
        if (request.ExpectedCalendarVersion is { } expected && expected != snapshot.Version)
        {
            throw new DomainException("calendar.changedSincePreview",
                "Lịch đã thay đổi sau khi xem trước; hãy xem trước lại. / The calendar changed since the preview; preview again.");
        }

        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await CalendarData.StoredVersionAsync(db, ct) != snapshot.Version)
        {
            throw new DomainException("calendar.changedSincePreview",
                "Lịch vừa được sửa; hãy xem trước lại. / The calendar was just changed; preview again.");
        }

        var rows = await OpenQuery(today, snapshot.Version).ToListAsync(ct);
        var moves = RecomputePolicy.Moves(rows.Select(ToCandidate), snapshot.Calendar, today);
        var moved = moves.Select(m => ToResponse(m, rows)).ToList();
        var byType = owners.GroupBy(o => o.OwnerType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byId = rows.ToDictionary(r => r.Id);
        foreach (var move in moves)
        {
            byId[move.Deadline.Id].MoveTo(move.NewDue, snapshot.Version, now);
            if (byType.TryGetValue(move.Deadline.OwnerType, out var owner))
            {
                await owner.ApplyAsync(move.Deadline.OwnerId, move.NewDue, ct);
            }
        }

        audit.Record(CalendarAudit.CalendarEntity, CalendarAudit.CalendarId, CalendarAudit.DeadlinesRecomputed,
            new { calendarVersion = snapshot.Version, today, @checked = rows.Count, moved }, request.Reason!.Trim());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new RecomputeResponse(snapshot.Version, today, true, rows.Count, moved);
    }

    /// <summary>Open deadlines (due today or later) given under another calendar version: the only ones that can move.</summary>
    private IQueryable<LedgerDeadline> OpenQuery(DateOnly today, int version) =>
        db.CalendarDeadlines.Where(d => d.DueDate >= today && d.CalendarVersion != version);

    private static RecomputePolicy.Candidate ToCandidate(LedgerDeadline d) => new(d.Id, d.OwnerType, d.OwnerId, d.TriggerDate, d.WorkingDays, d.DueDate);

    private static MovedDeadlineResponse ToResponse(RecomputePolicy.Move m, List<LedgerDeadline> rows) =>
        new(m.Deadline.OwnerType, m.Deadline.OwnerId, m.Deadline.TriggerDate, m.Deadline.WorkingDays, m.Deadline.DueDate, m.NewDue,
            rows.First(r => r.Id == m.Deadline.Id).CalendarVersion);
}
