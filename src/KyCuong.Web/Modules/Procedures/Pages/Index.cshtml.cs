using KyCuong.Web.Modules.Procedures.ListProcedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Procedures.Pages;

/// <summary>The procedures catalogue, filtered and paged (the same handler as the API).</summary>
internal sealed class IndexModel(ListProceduresHandler handler, ProcedureAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public ProcedurePage? Result { get; private set; }

    public bool CanAdd { get; private set; }

    public string? Error { get; private set; }

    public string Link(int page) => $"/Procedures?Q={Uri.EscapeDataString(Q ?? "")}&Kind={Kind}&Status={Status}&p={page}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanAdd = await access.CanKeepAnyAsync(ct);
        bool? isInternal = Kind switch { "internal" => true, "external" => false, _ => null };
        try
        {
            Result = await handler.HandleAsync(Q, isInternal, string.IsNullOrEmpty(Status) ? null : Status, null, PageNumber, 50, ct);
        }
        catch (RequestValidationException e)
        {
            Error = string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(m => m.Split(" / ")[0]));
        }
    }
}
