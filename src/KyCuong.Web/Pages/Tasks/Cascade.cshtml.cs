using KyCuong.Web.Modules.Tasks.Cascade;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Pages.Tasks;

/// <summary>DOMAIN §6 (cascade): per clause and subordinate unit, who issued an implementing document, reported, or did nothing.</summary>
public sealed class CascadeModel(CascadeHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SourceDocumentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TaskId { get; set; }

    public CascadeResponse? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (SourceDocumentId is not null || TaskId is not null)
        {
            Result = await handler.HandleAsync(SourceDocumentId, TaskId, ct);
        }
    }
}
