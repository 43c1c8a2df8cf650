using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions;
using KyCuong.Web.Modules.Submissions.ListSubmissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Submissions.Pages;

/// <summary>"Tờ trình của đơn vị": the same handler as <c>GET /api/v1/submissions?queue=mine</c>.</summary>
internal sealed class IndexModel(ListSubmissionsHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SubmissionPage Result { get; private set; } = new([], 1, 20, 0);

    public bool CanDraft { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanDraft = await access.HasAnywhereAsync(Permission.HandleWork, ct);
        try
        {
            Result = await handler.HandleAsync("mine", string.IsNullOrEmpty(Status) ? null : Status, PageNumber, 20, ct);
        }
        catch (RequestValidationException)
        {
            Error = "Bộ lọc không hợp lệ.";
        }
    }
}
