using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Procedures.SimplificationProgress;

/// <summary>docs/api.md "Procedures: simplification plans and the 766 index": a body's progress in a year against the three targets.</summary>
internal sealed record SimplificationProgressDto(Guid BodyUnitId, string BodyUnitName, int Year, Guid? PlanId, TargetShare InternalPublished,
    TargetShare ProceduresSimplified, TargetShare ComplianceCostCut);

/// <summary>
/// The progress of a body's procedures against Công điện 968/CĐ-TTg §1(e) in a year (<see cref="SimplificationProgressRules"/>): its
/// catalogue as it stands today and the items of its plan of that year (none without a plan). Read by the body's staff
/// (<see cref="SimplificationAccess"/>); others get 404.
/// </summary>
internal sealed class SimplificationProgressHandler(AppDbContext db, SimplificationAccess access, IUnitDirectory units, IOptions<ProceduresOptions> options)
{
    public const int MinYear = 2020;
    public const int MaxYear = 2100;

    public async Task<SimplificationProgressDto> HandleAsync(Guid? bodyUnitId, int? year, CancellationToken ct)
    {
        new Validator()
            .Check(bodyUnitId is { } b && b != Guid.Empty, "bodyUnitId", "Cần cơ quan. / bodyUnitId is required.")
            .Check(year is >= MinYear and <= MaxYear, "year", $"Năm từ {MinYear} đến {MaxYear}. / year must be {MinYear} to {MaxYear}.")
            .ThrowIfInvalid();
        var body = await units.FindAsync(bodyUnitId!.Value, ct);
        if (body is null || !await access.CanReadAsync(body.Id, ct))
        {
            throw new NotFoundException("Không tìm thấy cơ quan. / Unit not found.");
        }

        var planId = await db.SimplificationPlans.AsNoTracking().Where(p => p.BodyUnitId == body.Id && p.Year == year!.Value).Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(ct);
        return await ComputeAsync(body, year!.Value, planId, ct);
    }

    public async Task<SimplificationProgressDto> ComputeAsync(UnitDto body, int year, Guid? planId, CancellationToken ct)
    {
        var catalogue = (await db.Procedures.AsNoTracking().Where(p => p.BodyUnitId == body.Id)
                .Select(p => new { p.Id, p.Internal, p.Status, p.CostPerCompliance, p.FrequencyPerYear, p.SubjectsPerYear }).ToListAsync(ct))
            .Select(p => new CatalogueEntry(p.Id, p.Internal, p.Status == ProcedureStatus.Published,
                ComplianceCost.Annual(p.CostPerCompliance, p.FrequencyPerYear, p.SubjectsPerYear)))
            .ToList();
        var items = planId is { } id
            ? (await db.SimplificationItems.AsNoTracking().Where(i => i.PlanId == id).ToListAsync(ct))
                .Select(i => new PlanItemFacts(i.ProcedureId, i.BaselineCost, i.TargetCost, i.Status == SimplificationStatus.Done)).ToList()
            : [];
        var o = options.Value;
        var figures = SimplificationProgressRules.Compute(catalogue, items, o.InternalPublishedTarget, o.ProceduresSimplifiedTarget, o.ComplianceCostCutTarget);
        return new SimplificationProgressDto(body.Id, body.Name, year, planId, figures.InternalPublished, figures.ProceduresSimplified, figures.ComplianceCostCut);
    }
}
