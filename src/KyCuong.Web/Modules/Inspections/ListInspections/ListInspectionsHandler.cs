using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections.ListInspections;

internal sealed record InspectionListItem(Guid Id, string Title, string Status, string StatusLabel, bool Surprise, DateOnly PlannedStart, Guid OrderingUnitId,
    string OrderingUnitName, IReadOnlyList<Guid> CheckedUnitIds, int Findings, int Remedies);

internal sealed record InspectionPage(IReadOnlyList<InspectionListItem> Items, int Page, int PageSize, int Total);

/// <summary>The checks the caller may see (<see cref="InspectionAccess.VisibleAsync"/>), newest first, paged; optionally one status.</summary>
internal sealed class ListInspectionsHandler(InspectionAccess inspections, IUnitDirectory units)
{
    public const int MaxPageSize = 100;

    private static readonly string[] Statuses =
        [InspectionStatus.Planned, InspectionStatus.Started, InspectionStatus.FindingsRecorded, InspectionStatus.Explained, InspectionStatus.Concluded, InspectionStatus.Closed];

    public async Task<InspectionPage> HandleAsync(string? status, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(string.IsNullOrEmpty(status) || Statuses.Contains(status), "status", $"status là một trong {string.Join(", ", Statuses)}. / Unknown status.")
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        var p = page ?? 1;
        var size = pageSize ?? 20;
        var query = await inspections.VisibleAsync(ct);
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(i => i.Status == status);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(i => i.CreatedAtUtc).ThenByDescending(i => i.Id).Skip((p - 1) * size).Take(size)
            .Select(i => new
            {
                i.Id, i.Title, i.Status, i.Surprise, i.PlannedStart, i.OrderingUnitId,
                Checked = i.CheckedUnits.Select(c => c.UnitId).ToList(),
                Findings = i.Findings.Count,
                Remedies = i.Remedies.Count,
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var names = await units.FindManyAsync(rows.Select(r => r.OrderingUnitId).Distinct().ToList(), ct);
        var items = rows.Select(r => new InspectionListItem(r.Id, r.Title, r.Status, InspectionStatus.Label(r.Status), r.Surprise, r.PlannedStart, r.OrderingUnitId,
            names.TryGetValue(r.OrderingUnitId, out var u) ? u.Name : "", r.Checked, r.Findings, r.Remedies)).ToList();
        return new InspectionPage(items, p, size, total);
    }
}
