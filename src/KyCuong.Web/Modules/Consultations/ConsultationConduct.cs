using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>Consultations' side of <see cref="IConsultationConduct"/>.</summary>
internal sealed class ConsultationConduct(AppDbContext db) : IConsultationConduct
{
    public async Task<IReadOnlyList<GenericAnswerFact>> GenericAnswersByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await (from p in db.ConsultationParticipants.AsNoTracking()
                          join c in db.Consultations.AsNoTracking() on p.ConsultationId equals c.Id
                          where p.GenericAnswer && p.RespondedByUserId != null && ids.Contains(p.RespondedByUserId.Value)
                                && p.RespondedAtUtc != null && p.RespondedAtUtc >= fromUtc && p.RespondedAtUtc < toUtc
                          select new GenericAnswerFact(c.Id, c.Subject, p.RespondedByUserId!.Value, p.RespondedAtUtc!.Value, p.GenericReason)).ToListAsync(ct);
        return rows.OrderBy(r => r.RespondedAtUtc).ToList();
    }

    public async Task<IReadOnlyList<UnrelatedConsultFact>> UnrelatedConsultedByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc,
        CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await (from p in db.ConsultationParticipants.AsNoTracking()
                          join c in db.Consultations.AsNoTracking() on p.ConsultationId equals c.Id
                          where p.CompetenceWarning && c.RequestedByUserId != null && ids.Contains(c.RequestedByUserId.Value)
                                && c.CreatedAtUtc >= fromUtc && c.CreatedAtUtc < toUtc
                          select new UnrelatedConsultFact(c.Id, c.Subject, c.RequestedByUserId!.Value, p.UnitId, c.CreatedAtUtc, p.AcknowledgementReason)).ToListAsync(ct);
        return rows.OrderBy(r => r.CreatedAtUtc).ToList();
    }
}
