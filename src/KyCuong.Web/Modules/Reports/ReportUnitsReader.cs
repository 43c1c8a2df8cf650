using KyCuong.Web.Modules.Reports.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports;

internal sealed class ReportUnitsReader(AppDbContext db) : IReportUnits
{
    public async Task<Guid?> UnitOfAsync(Guid reportId, CancellationToken ct) =>
        await db.Reports.AsNoTracking().Where(r => r.Id == reportId).Select(r => (Guid?)r.UnitId).FirstOrDefaultAsync(ct);
}
