using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports;

/// <summary>
/// Who may do what with reports (docs/domain.md "Reports"): the regime's owner body and its superiors read every report of the
/// regime (ViewWork on the owner); the reporting unit and its superiors read the unit's own report (ViewWork on the unit); only the
/// reporting unit's own officials (a position with HandleWork or AssignWork in the unit's subtree) edit and submit it. Anyone else
/// gets 404, like an unknown id (docs/api.md).
/// </summary>
internal sealed class ReportAccess(AppDbContext db, IAccessControl access, ICurrentPerson person, IUnitDirectory units, ReportingUnits reporting)
{
    public static NotFoundException RegimeNotFound() => new("Không tìm thấy chế độ báo cáo. / Report regime not found.");

    public static NotFoundException ReportNotFound() => new("Không tìm thấy báo cáo. / Report not found.");

    public async Task<ReportRegime> LoadRegimeAsync(Guid id, CancellationToken ct) =>
        await db.ReportRegimes.AsNoTracking().Include(r => r.Units).Include(r => r.UnitKinds).Include(r => r.Sections).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw RegimeNotFound();

    /// <summary>The owner side reads every report of the regime.</summary>
    public Task<bool> ReadsWholeRegimeAsync(ReportRegime regime, CancellationToken ct) => access.HasAsync(Permission.ViewWork, regime.OwnerUnitId, ct);

    /// <summary>The reporting units of the regime the caller may read (all of them for the owner side).</summary>
    public async Task<IReadOnlyList<Guid>> ReadableUnitsAsync(ReportRegime regime, CancellationToken ct)
    {
        if (await ReadsWholeRegimeAsync(regime, ct))
        {
            return await reporting.OfAsync(regime, ct);
        }

        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        var ids = (await reporting.OfAsync(regime, ct)).ToList();
        return scope is null ? ids : await scope.Where(u => ids.Contains(u)).Distinct().ToListAsync(ct);
    }

    /// <summary>Loads a report the caller may read, with its sections, else 404.</summary>
    public async Task<(Report Report, ReportRegime Regime)> LoadReportAsync(Guid id, bool tracking, CancellationToken ct)
    {
        var query = db.Reports.Include(r => r.Sections).AsQueryable();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var report = await query.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw ReportNotFound();
        var regime = await LoadRegimeAsync(report.RegimeId, ct);
        if (!await access.HasAsync(Permission.ViewWork, report.UnitId, ct) && !await ReadsWholeRegimeAsync(regime, ct))
        {
            throw ReportNotFound();
        }

        return (report, regime);
    }

    /// <summary>The reporting unit's own officials write its report: a superior reads it but does not write it for the unit.</summary>
    public async Task<bool> CanWriteAsync(Report report, CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var writing = me.Grants.Where(g => g.Permissions.Contains("handleWork") || g.Permissions.Contains("assignWork")).Select(g => g.UnitId).ToList();
        if (writing.Count == 0)
        {
            return false;
        }

        return await units.Subtree(report.UnitId).AnyAsync(u => writing.Contains(u), ct);
    }

    public async Task EnsureWriteAsync(Report report, CancellationToken ct)
    {
        if (!await CanWriteAsync(report, ct))
        {
            throw new ForbiddenException("Chỉ cán bộ của đơn vị báo cáo mới được sửa và gửi báo cáo. / Only the reporting unit's officials may edit or submit its report.");
        }
    }
}
