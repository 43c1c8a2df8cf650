using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>The consultations the caller's own units must answer (<see cref="IConsultationWorkItems"/>), on the (UnitId, Outcome) index.</summary>
internal sealed class ConsultationWorkItems(AppDbContext db, ICallerPlace place, ICurrentUser currentUser) : IConsultationWorkItems
{
    public async Task<ConsultationWorkList> ToAnswerAsync(int max, CancellationToken ct)
    {
        if (currentUser.UserId is null)
        {
            return new ConsultationWorkList([], 0);
        }

        // The caller's own units where they hold HandleWork (the caller's place, read once per request).
        var units = await place.UnitsWithAsync(Permission.HandleWork, ct);

        var q = db.ConsultationParticipants.AsNoTracking()
            .Where(p => units.Contains(p.UnitId) && (p.Outcome == Outcomes.Pending || p.Outcome == Outcomes.DelayNotified))
            .Join(db.Consultations.AsNoTracking(), p => p.ConsultationId, c => c.Id, (p, c) => new { p, c });
        // max 0 asks for the total alone (the navigation's count): no rows are read.
        var items = max <= 0 ? [] : await q.OrderBy(x => x.c.DueDate).ThenBy(x => x.c.Id).Take(Math.Clamp(max, 0, 200))
            .Select(x => new ConsultationWorkItem(x.c.Id, x.c.Subject, x.c.DueDate, x.p.UnitId, x.p.Outcome == Outcomes.DelayNotified))
            .ToListAsync(ct);
        return new ConsultationWorkList(items, await q.CountAsync(ct));
    }
}
