using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions;

/// <summary>Adds the send/return/accept steps and reads the clock they give.</summary>
internal sealed class SubmissionSteps(AppDbContext db, ICalendarService calendar, TimeProvider clock, ICurrentUser currentUser)
{
    public async Task<SubmissionEvent> AddAsync(Submission s, SubmissionEventKind kind, string? reason, string? note, Guid? catalogueEntryId, CancellationToken ct)
    {
        var sequence = await db.SubmissionEvents.Where(e => e.SubmissionId == s.Id).MaxAsync(e => (int?)e.Sequence, ct) ?? 0;
        var ev = new SubmissionEvent
        {
            Id = Guid.CreateVersion7(), SubmissionId = s.Id, Sequence = sequence + 1, Kind = kind, AtUtc = clock.GetUtcNow().UtcDateTime,
            ByUserId = currentUser.UserId, ReturnReason = reason, Note = note, CatalogueEntryId = catalogueEntryId,
        };
        db.SubmissionEvents.Add(ev);
        return ev;
    }

    /// <summary>The clock after the unit of work is saved (reads the stored steps).</summary>
    public async Task<SubmissionClockDto> ClockAsync(Guid id, CancellationToken ct)
    {
        var events = await db.SubmissionEvents.AsNoTracking().Where(e => e.SubmissionId == id).OrderBy(e => e.Sequence).Select(e => new { e.Kind, e.AtUtc }).ToListAsync(ct);
        var cal = await calendar.GetAsync(ct);
        return SubmissionClock.Compute(events.Select(e => (e.Kind, DateOnly.FromDateTime(VietnamTime.ToVietnam(e.AtUtc).DateTime))), clock.Today(), cal.CountWorkingDays);
    }
}
