using KyCuong.Web.Modules.Submissions;
using KyCuong.Web.Modules.Submissions.ListSubmissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Submissions.Pages;

/// <summary>The superior's office's queue: the same handler as <c>GET /api/v1/submissions?queue=review</c> (waiting items first).</summary>
internal sealed class ReviewModel(ListSubmissionsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SubmissionPage Result { get; private set; } = new([], 1, 20, 0);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Result = await handler.HandleAsync("review", string.IsNullOrEmpty(Status) ? "submitted" : Status, PageNumber, 20, ct);
        }
        catch (RequestValidationException)
        {
            Error = "Bộ lọc không hợp lệ.";
        }
    }
}
