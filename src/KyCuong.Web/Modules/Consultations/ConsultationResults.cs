using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>What submissions read of a consultation (docs/domain.md §9: a submission carries deemed agreements and unresolved disagreements).</summary>
internal sealed class ConsultationResults(AppDbContext db, IUnitDirectory units, TimeProvider clock) : IConsultationResults
{
    public async Task<ConsultationResult?> GetAsync(Guid consultationId, CancellationToken ct)
    {
        var c = await db.Consultations.AsNoTracking().Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == consultationId, ct);
        if (c is null)
        {
            return null;
        }

        var names = await units.FindManyAsync(c.Participants.Select(p => p.UnitId).ToList(), ct);
        var passed = clock.GetUtcNow() >= Platform.Time.VietnamTime.EndOfDay(c.DueDate);
        var end = Platform.Time.VietnamTime.EndOfDay(c.DueDate);
        return new ConsultationResult(c.Id, c.Subject, c.MatterCode, c.RequesterUnitId, GetConsultation.GetConsultationHandler.StatusOf(c, passed), c.DueDate,
            c.Participants.Select(p => new ConsultationParticipantResult(
                p.UnitId, names.TryGetValue(p.UnitId, out var u) ? u.Name : "", p.Outcome, p.Reasoning, p.RespondedAtUtc ?? p.LateRespondedAtUtc,
                p.LateStance is not null || (p.RespondedAtUtc is { } at && Platform.Time.VietnamTime.ToVietnam(at) >= end),
                p.GenericAnswer, p.Resolution, p.ResolutionNote)).ToList());
    }
}
