using KyCuong.Web.Modules.Consultations.ListConsultations;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Consultations.Pages;

/// <summary>"Lấy ý kiến": the requests my units made, and my units' inbox of requests to answer (the same handler as the API).</summary>
internal sealed class IndexModel(ListConsultationsHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Role { get; set; } = "consulted";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ConsultationPage Result { get; private set; } = new([], 1, 20, 0);

    public bool CanRequest { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Role = Role == "requested" ? "requested" : "consulted";
        CanRequest = await access.HasAnywhereAsync(Permission.HandleWork, ct) || await access.HasAnywhereAsync(Permission.AssignWork, ct);
        try
        {
            Result = await handler.HandleAsync(Role, PageNumber < 1 ? 1 : PageNumber, 20, ct);
        }
        catch (RequestValidationException e)
        {
            Error = e.Errors.SelectMany(x => x.Value).FirstOrDefault();
        }
    }
}
