using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections.ListPlans;

/// <summary>One plan in the list; <c>lines</c> and <c>surpriseLines</c> count only the lines the caller may see.</summary>
internal sealed record PlanListItem(Guid Id, Guid BodyUnitId, string BodyUnitName, int Year, string Title, string Status, string StatusLabel, int Lines,
    int SurpriseLines);

internal sealed record PlanPage(IReadOnlyList<PlanListItem> Items, int Page, int PageSize, int Total);

/// <summary>The plans the caller may see (<see cref="InspectionPlanAccess.VisibleAsync"/>), newest year first, paged; optionally one year.</summary>
internal sealed class ListPlansHandler(InspectionPlanAccess plans, IUnitDirectory units)
{
    public const int MaxPageSize = 100;

    public async Task<PlanPage> HandleAsync(int? year, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(year is null or (>= 2000 and <= 2100), "year", "Năm không hợp lệ. / Invalid year.")
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        var p = page ?? 1;
        var size = pageSize ?? 20;
        var query = await plans.VisibleAsync(ct);
        if (year is { } y)
        {
            query = query.Where(x => x.Year == y);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.Year).ThenByDescending(x => x.CreatedAtUtc).ThenByDescending(x => x.Id).Skip((p - 1) * size).Take(size)
            .ToListAsync(ct);
        var lines = (await plans.VisibleLinesAsync(rows.Select(r => r.Id).ToList(), ct)).ToLookup(l => l.PlanId);
        var names = await units.FindManyAsync(rows.Select(r => r.BodyUnitId).Distinct().ToList(), ct);
        var items = rows.Select(r => new PlanListItem(r.Id, r.BodyUnitId, names.TryGetValue(r.BodyUnitId, out var u) ? u.Name : "", r.Year, r.Title, r.Status,
            InspectionPlanStatus.Label(r.Status), lines[r.Id].Count(), lines[r.Id].Count(l => l.Surprise))).ToList();
        return new PlanPage(items, p, size, total);
    }
}
