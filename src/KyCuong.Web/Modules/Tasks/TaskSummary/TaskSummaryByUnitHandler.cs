using System.Globalization;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks.TaskSummary;

/// <summary>
/// The dashboard's per-unit table: each direct sub-unit of a unit with the four statuses of its subtree and both rates, so a
/// superior sees which branch is late and drills down one level at a time (docs/domain.md §6). The caller must see the unit
/// (an ancestor's scope covers its descendants, ADR 0003); another branch's unit is 404 like an unknown one.
/// </summary>
internal sealed class TaskSummaryByUnitHandler(TaskSummaryHandler summary, IAccessControl access, IUnitDirectory units, TimeProvider clock)
{
    private static readonly CompareInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    public async Task<TaskSummaryByUnitResponse> HandleAsync(Guid unitId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        // The checks (period, unit found and in scope) are the single-unit summary's, so both answer alike.
        var whole = await summary.HandleAsync(unitId, true, from, to, ct);

        // The unit, its children and theirs (to tell which rows drill down), and its ancestors for the breadcrumb: a few rows
        // by key, not the whole directory (5,000 units at national size, read on every dashboard: docs/performance.md,
        // "The API mix's two dearest requests").
        var unit = await units.FindAsync(unitId, ct) ?? throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        var childUnits = await units.ChildrenAsync([unitId], ct);
        var parents = (await units.ChildrenAsync(childUnits.Select(c => c.Id).ToList(), ct)).Select(g => g.ParentId!.Value).ToHashSet();
        var today = clock.Today();

        var rows = new List<UnitSummaryRow>();
        var own = await summary.ComputeAsync(unitId, false, from, to, ct);
        if (own.Total > 0)
        {
            rows.Add(Row(unitId, "Trực tiếp " + unit.Name, true, false, own));
        }

        var children = childUnits
            .OrderBy(u => u.Name, Comparer<string>.Create((a, b) => Vietnamese.Compare(a, b, CompareOptions.IgnoreCase)));
        foreach (var child in children)
        {
            var counts = await summary.ComputeAsync(child.Id, true, from, to, ct);
            // A unit ended by a merger stays in the table while it still carries tasks (its history is not erased, docs/domain.md §4).
            var inForce = child.ValidTo is not { } end || end >= today;
            if (inForce || counts.Total > 0)
            {
                rows.Add(Row(child.Id, child.Name, false, parents.Contains(child.Id), counts));
            }
        }

        // The breadcrumb goes up while the caller may still see the parent.
        var path = new List<UnitRef> { new(unit.Id, unit.Name) };
        var cursor = unit;
        while (cursor.ParentId is { } parentId && await units.FindAsync(parentId, ct) is { } parent && await access.HasAsync(Permission.ViewWork, parentId, ct))
        {
            path.Add(new UnitRef(parent.Id, parent.Name));
            cursor = parent;
        }

        path.Reverse();
        return new TaskSummaryByUnitResponse(new UnitRef(unit.Id, unit.Name), whole.AsOf, from, to, path,
            Row(unit.Id, unit.Name, false, rows.Count > 0, whole), rows);
    }

    // docs/domain.md §6: on-time completion = done on time ÷ all done; overdue = overdue-unfinished ÷ tasks assigned (in the period).
    private static UnitSummaryRow Row(Guid id, string name, bool own, bool hasChildren, TaskSummaryResponse s) =>
        new(id, name, own, hasChildren, s.InProgressOnTime, s.InProgressOverdue, s.DoneOnTime, s.DoneLate, s.Total,
            SummaryRate.Of(s.DoneOnTime, s.DoneOnTime + s.DoneLate), SummaryRate.Of(s.OverdueOfAssigned.Overdue, s.OverdueOfAssigned.Denominator));
}
