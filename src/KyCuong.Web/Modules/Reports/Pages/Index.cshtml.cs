using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.ListRegimes;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>"Chế độ báo cáo": the regimes the caller's units own or report under (the same handler as <c>GET /api/v1/report-regimes</c>).</summary>
internal sealed class IndexModel(ListRegimesHandler handler, IAccessControl access) : PageModel
{
    public IReadOnlyList<RegimeListItem> Regimes { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);
        var page = await handler.PageAsync(PageNumber, Paging.MaxPageSize, ct);
        Regimes = page.Items;
        PageCount = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        CanCreate = await access.HasAnywhereAsync(Permission.AssignWork, ct);
    }
}
