using KyCuong.Web.Modules.OneStop.ListDossiers;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>"Hồ sơ một cửa": the dossiers in the caller's scope with their on-time state (the same handler as the API).</summary>
internal sealed class IndexModel(ListDossiersHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public DossierPage Result { get; private set; } = new([], 0, 1, 25);

    public bool CanReceive { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanReceive = await access.HasAnywhereAsync(Permission.RegisterDocuments, ct) || await access.HasAnywhereAsync(Permission.AssignWork, ct)
            || await access.HasAnywhereAsync(Permission.HandleWork, ct);
        try
        {
            Result = await handler.HandleAsync(string.IsNullOrEmpty(Status) ? null : Status, null, Code, PageNumber < 1 ? 1 : PageNumber, 25, ct);
        }
        catch (RequestValidationException e)
        {
            Error = PageSupport.ErrorOf(e);
        }
    }
}
