using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Inspections.RiskRanking;

internal sealed record RiskInputView(double Value, double Weight, double Points);

/// <summary>docs/api.md: <c>[{"unitId","score","inputs":{…}}]</c>, each input with its value, weight and points.</summary>
internal sealed record RiskRankingItem(Guid UnitId, string UnitName, double Score, IReadOnlyDictionary<string, RiskInputView> Inputs);

/// <summary><c>{"unitId","size","seed"}</c>.</summary>
internal sealed record SampleRequest(Guid? UnitId, int? Size, int? Seed);

internal sealed record SampleResponse(Guid UnitId, int Seed, IReadOnlyList<RiskRankingItem> Units);

/// <summary>
/// The risk ranking of the units directly under a unit (docs/domain.md "Checks of official duties"): inputs read only through
/// other modules' contracts (task figures, consultation figures) and this module's own remedies; weights are settings.
/// Who may see it: whoever may decide a check ordered by that unit.
/// </summary>
internal sealed class RiskRankingHandler(
    AppDbContext db, InspectionAccess inspections, IUnitDirectory units, ITaskFigures taskFigures, IConsultationFigures consultationFigures, AuditLog audit,
    TimeProvider clock, IOptions<InspectionOptions> options)
{
    public const int LookbackDays = 365;
    public const int MaxSample = 100;

    public async Task<IReadOnlyList<RiskRankingItem>> HandleAsync(Guid? unitId, CancellationToken ct)
    {
        new Validator().Check(unitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị. / unitId is required.").ThrowIfInvalid();
        if (await units.FindAsync(unitId!.Value, ct) is null || !await inspections.CanDecideAsync(unitId.Value, ct))
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        }

        var today = clock.Today();
        var from = today.AddDays(-LookbackDays);
        var children = (await units.ListAsync(ct))
            .Where(x => x.ParentId == unitId && (x.ValidFrom is null || x.ValidFrom <= today) && (x.ValidTo is null || x.ValidTo >= today))
            .OrderBy(x => x.Id)
            .ToList();
        var ids = children.Select(c => c.Id).ToList();
        var deemed = await consultationFigures.DeemedAgreementsAsync(ids, from, today, ct);
        var weights = options.Value.Risk;
        var result = new List<RiskRankingItem>();
        foreach (var child in children)
        {
            var figures = await taskFigures.SummaryAsync(child.Id, from, today, ct);
            var subtree = units.Subtree(child.Id);
            // A remedy the follow-up found not done, or one past its deadline and not yet verified.
            var unremedied = await db.InspectionRemedies.AsNoTracking().CountAsync(r => subtree.Contains(r.UnitId)
                && (r.Verification == RemedyVerification.NotVerified || (r.Verification == RemedyVerification.Pending && r.DueDate != null && r.DueDate < today)), ct);
            var inputs = RiskScoring.Inputs((double)(figures.OverdueOfDuePercent ?? 0m), deemed.GetValueOrDefault(child.Id), unremedied, weights);
            result.Add(new RiskRankingItem(child.Id, child.Name, RiskScoring.Score(inputs),
                inputs.ToDictionary(x => x.Key, x => new RiskInputView(x.Value.Value, x.Value.Weight, x.Value.Points))));
        }

        return result.OrderByDescending(r => r.Score).ThenBy(r => r.UnitName, StringComparer.Ordinal).ToList();
    }

    public async Task<SampleResponse> SampleAsync(SampleRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.Size is >= 1 and <= MaxSample, "size", $"Số đơn vị chọn từ 1 đến {MaxSample}. / size must be 1 to {MaxSample}.")
            .Check(r.Seed is not null, "seed", "Cần hạt giống ngẫu nhiên để có thể kiểm chứng lần chọn. / seed is required so the draw can be reproduced.")
            .ThrowIfInvalid();
        var ranking = await HandleAsync(r.UnitId, ct);
        var drawn = WeightedSample.Draw(ranking.OrderBy(x => x.UnitId).Select(x => (x, x.Score)).ToList(), r.Size!.Value, r.Seed!.Value);
        audit.Record(InspectionAudit.Entity, r.UnitId!.Value, InspectionAudit.SampleDrawn, new { r.Seed, r.Size, units = drawn.Select(d => new { d.UnitId, d.Score }) });
        await db.SaveChangesAsync(ct);
        return new SampleResponse(r.UnitId.Value, r.Seed.Value, drawn);
    }
}
