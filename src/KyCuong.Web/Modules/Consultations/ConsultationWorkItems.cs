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
        if (await QueryAsync(ct) is not { } q)
        {
            return new ConsultationWorkList([], 0);
        }

        var items = await q.OrderBy(x => x.Consultation.DueDate).ThenBy(x => x.Consultation.Id).Take(Math.Clamp(max, 1, 200))
            .Select(x => new ConsultationWorkItem(x.Consultation.Id, x.Consultation.Subject, x.Consultation.DueDate, x.Participant.UnitId,
                x.Participant.Outcome == Outcomes.DelayNotified))
            .ToListAsync(ct);
        return new ConsultationWorkList(items, await q.CountAsync(ct));
    }

    public async Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct) =>
        await QueryAsync(ct) is { } q ? [q.Select(x => x.Consultation.Id)] : [];

    // The list's filter, shared by the list and the navigation's count, so the badge is what the list shows.
    private async Task<IQueryable<Pending>?> QueryAsync(CancellationToken ct)
    {
        if (currentUser.UserId is null)
        {
            return null;
        }

        // The caller's own units where they hold HandleWork (the caller's place, read once per request).
        var units = await place.UnitsWithAsync(Permission.HandleWork, ct);
        return db.ConsultationParticipants.AsNoTracking()
            .Where(p => units.Contains(p.UnitId) && (p.Outcome == Outcomes.Pending || p.Outcome == Outcomes.DelayNotified))
            .Join(db.Consultations.AsNoTracking(), p => p.ConsultationId, c => c.Id, (p, c) => new Pending { Participant = p, Consultation = c });
    }

    // A member-initialised pair (not an anonymous type): a private method returns it, and EF translates member access through it.
    private sealed class Pending
    {
        public required ConsultationParticipant Participant { get; init; }

        public required Consultation Consultation { get; init; }
    }
}
