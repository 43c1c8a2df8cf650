using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Modules.Procedures.SimplificationProgress;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures.GetSimplificationPlan;

internal sealed record SimplificationItemDto(Guid Id, Guid ProcedureId, string ProcedureCode, string ProcedureName, bool Internal, string Action, string ActionLabel,
    long BaselineCost, long TargetCost, string Status, string StatusLabel, DateOnly? DoneOn);

/// <summary>docs/api.md "Procedures: simplification plans and the 766 index": a plan, its items and the body's progress in its year.</summary>
internal sealed record SimplificationPlanDetails(Guid Id, Guid BodyUnitId, string BodyUnitName, int Year, string Title, bool CanEdit,
    IReadOnlyList<SimplificationItemDto> Items, SimplificationProgressDto Progress);

internal sealed record SimplificationPlanSummary(Guid Id, Guid BodyUnitId, string BodyUnitName, int Year, string Title, int Items, int Done);

internal sealed record SimplificationPlanPage(IReadOnlyList<SimplificationPlanSummary> Items, int Total, int Page, int PageSize);

/// <summary>A plan the caller reads (<see cref="SimplificationAccess"/>), else 404; and the plans of the bodies the caller reads.</summary>
internal sealed class GetSimplificationPlanHandler(AppDbContext db, SimplificationAccess access, IUnitDirectory units, SimplificationProgressHandler progress)
{
    public async Task<SimplificationPlanDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var plan = await db.SimplificationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw SimplificationAccess.NotFound();
        var body = await units.FindAsync(plan.BodyUnitId, ct);
        if (body is null || !await access.CanReadAsync(body.Id, ct))
        {
            throw SimplificationAccess.NotFound();
        }

        var items = await (from i in db.SimplificationItems.AsNoTracking()
                           join p in db.Procedures.AsNoTracking() on i.ProcedureId equals p.Id
                           where i.PlanId == id
                           orderby p.Code
                           select new { i, p.Code, p.Name, p.Internal }).ToListAsync(ct);
        return new SimplificationPlanDetails(plan.Id, body.Id, body.Name, plan.Year, plan.Title, await access.CanEditAsync(body.Id, ct),
            [.. items.Select(x => new SimplificationItemDto(x.i.Id, x.i.ProcedureId, x.Code, x.Name, x.Internal, x.i.Action, SimplificationAction.Label(x.i.Action),
                x.i.BaselineCost, x.i.TargetCost, x.i.Status, SimplificationStatus.Label(x.i.Status), x.i.DoneOn))],
            await progress.ComputeAsync(body, plan.Year, plan.Id, ct));
    }

    public const int MaxPageSize = 200;

    public async Task<SimplificationPlanPage> ListAsync(Guid? bodyUnitId, int? year, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        var query = db.SimplificationPlans.AsNoTracking();
        if (bodyUnitId is { } b)
        {
            query = query.Where(p => p.BodyUnitId == b);
        }

        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        // Only the bodies the caller reads: decided per body (few), then paged in the database.
        var readable = new List<Guid>();
        foreach (var body in await query.Select(p => p.BodyUnitId).Distinct().ToListAsync(ct))
        {
            if (await access.CanReadAsync(body, ct))
            {
                readable.Add(body);
            }
        }

        query = query.Where(p => readable.Contains(p.BodyUnitId));
        var p0 = page ?? 1;
        var size = pageSize ?? 50;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.Year).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.BodyUnitId, p.Year, p.Title,
                Items = db.SimplificationItems.Count(i => i.PlanId == p.Id),
                Done = db.SimplificationItems.Count(i => i.PlanId == p.Id && i.Status == SimplificationStatus.Done),
            })
            .Skip((p0 - 1) * size).Take(size).ToListAsync(ct);
        var names = await units.FindManyAsync([.. rows.Select(r => r.BodyUnitId).Distinct()], ct);
        return new SimplificationPlanPage([.. rows.Select(r => new SimplificationPlanSummary(r.Id, r.BodyUnitId, names.TryGetValue(r.BodyUnitId, out var u) ? u.Name : "",
            r.Year, r.Title, r.Items, r.Done))], total, p0, size);
    }
}
