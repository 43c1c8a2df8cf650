using KyCuong.Web.Modules.Inspections.ListPlans;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>"Kế hoạch kiểm tra": the plans the person may see (the same handler as <c>GET /api/v1/inspection-plans</c>).</summary>
internal sealed class PlansModel(ListPlansHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PlanPage Result { get; private set; } = new([], 1, 20, 0);

    public bool CanDraft { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanDraft = await access.HasAnywhereAsync(Permission.Monitor, ct);
        Result = await handler.HandleAsync(null, PageNumber < 1 ? 1 : PageNumber, 20, ct);
    }
}
