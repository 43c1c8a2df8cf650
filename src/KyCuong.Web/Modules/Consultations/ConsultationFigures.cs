using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>One counting query per unit over the indexed (UnitId, Outcome) of the participants.</summary>
internal sealed class ConsultationFigures(AppDbContext db, IUnitDirectory units) : IConsultationFigures
{
    public async Task<IReadOnlyDictionary<Guid, int>> DeemedAgreementsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var result = new Dictionary<Guid, int>();
        foreach (var unitId in unitIds.Distinct())
        {
            var subtree = units.Subtree(unitId);
            result[unitId] = await db.ConsultationParticipants.AsNoTracking()
                .Where(p => p.Outcome == Outcomes.DeemedAgreed && subtree.Contains(p.UnitId))
                .Join(db.Consultations, p => p.ConsultationId, c => c.Id, (p, c) => c.DueDate)
                .CountAsync(d => d >= from && d <= to, ct);
        }

        return result;
    }
}
