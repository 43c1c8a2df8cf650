using KyCuong.Web.Modules.Inspections.ListInspections;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>"Kiểm tra công vụ": the checks the person may see (the same handler as <c>GET /api/v1/inspections</c>).</summary>
internal sealed class IndexModel(ListInspectionsHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public InspectionPage Result { get; private set; } = new([], 1, 20, 0);

    public bool CanDecide { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanDecide = await access.HasAnywhereAsync(Permission.AssignWork, ct) || await access.HasAnywhereAsync(Permission.Monitor, ct);
        Result = await handler.HandleAsync(null, PageNumber < 1 ? 1 : PageNumber, 20, ct);
    }
}
