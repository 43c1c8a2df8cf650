namespace KyCuong.Web.Modules.Reports.Contracts;

/// <summary>What other modules may know of a periodic report: the unit that reports (no access check: the caller checks its own).</summary>
public interface IReportUnits
{
    Task<Guid?> UnitOfAsync(Guid reportId, CancellationToken ct);
}
