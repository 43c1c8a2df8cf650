using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.ListRegimes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>"Chế độ báo cáo": the regimes the caller's units own or report under (the same handler as <c>GET /api/v1/report-regimes</c>).</summary>
internal sealed class IndexModel(ListRegimesHandler handler, IAccessControl access) : PageModel
{
    public IReadOnlyList<RegimeListItem> Regimes { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Regimes = await handler.HandleAsync(ct);
        CanCreate = await access.HasAnywhereAsync(Permission.AssignWork, ct);
    }
}
