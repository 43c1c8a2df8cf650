using KyCuong.Web.Modules.Submissions;
using KyCuong.Web.Modules.Submissions.GetSubmission;
using KyCuong.Web.Modules.Submissions.ReviewSubmission;
using KyCuong.Web.Modules.Submissions.SubmitSubmission;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Submissions.Pages;

/// <summary>One submission: every field, the consultation results, the returns and the clock, with the sender's and the office's actions.</summary>
internal sealed class DetailsModel(GetSubmissionHandler getSubmission, CatalogueChoices catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ReturnInput Input { get; set; } = new();

    public SubmissionDto Submission { get; private set; } = null!;

    public List<SelectListItem> CatalogueEntries { get; private set; } = [];

    public bool Missing { get; private set; }

    public sealed class ReturnInput
    {
        public string? Reason { get; set; }

        public string? Note { get; set; }

        public Guid? CatalogueEntryId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadOrMarkMissingAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync([FromServices] SubmitSubmissionHandler submit, CancellationToken ct) => RunAsync("Đã gửi tờ trình đến Văn phòng.",
        () => submit.HandleAsync(Id, ct), ct);

    public Task<IActionResult> OnPostReturnAsync([FromServices] ReviewSubmissionHandler review, CancellationToken ct) => RunAsync("Đã trả lại tờ trình cho đơn vị trình.",
        () => review.ReturnAsync(Id, new ReturnSubmissionRequest(Input.Reason, Input.Note, Input.CatalogueEntryId), ct), ct);

    public Task<IActionResult> OnPostAcceptAsync([FromServices] ReviewSubmissionHandler review, CancellationToken ct) => RunAsync("Đã tiếp nhận tờ trình.",
        () => review.AcceptAsync(Id, ct), ct);

    private async Task<IActionResult> RunAsync(string message, Func<Task> action, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, action))
        {
            TempData["Message"] = message;
            return RedirectToPage(new { id = Id });
        }

        await LoadOrMarkMissingAsync(ct);
        return Page();
    }

    private async Task LoadOrMarkMissingAsync(CancellationToken ct)
    {
        try
        {
            Submission = await getSubmission.HandleAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            // Another branch's submission looks exactly like one that does not exist.
            Missing = true;
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (Submission.Actions.Return)
        {
            var entries = await catalogue.ListAsync(ct);
            CatalogueEntries = entries
                .Select(e => new SelectListItem($"{e.MatterName} — {e.Owner} ({e.RoleLabel})", e.Id.ToString(), e.Id == Input.CatalogueEntryId))
                .ToList();
        }
    }
}
