using KyCuong.Web.Modules.Evaluation.Innovation;
using KyCuong.Web.Modules.Evaluation.Innovation.DecideInnovation;
using KyCuong.Web.Modules.Evaluation.Innovation.GetInnovation;
using KyCuong.Web.Modules.Evaluation.Innovation.VoteOnInnovation;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages.Innovation;

/// <summary>
/// One proposal (Nghị định 73/2023/NĐ-CP): its content, the leadership's votes, the vote form for a member who has not voted, and the
/// head's written decision when the vote lapsed or the head decides alone. Outside the caller's view: 404. The same handlers as the API.
/// </summary>
internal sealed class DetailsModel(GetInnovationHandler get, VoteOnInnovationHandler vote, DecideInnovationHandler decide) : PageModel
{
    public InnovationProposalDto? Result { get; private set; }

    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public DateOnly? DecisionDate { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVoteAsync(Guid id, CancellationToken ct)
    {
        bool? approve = Choice switch { "for" => true, "against" => false, _ => null };
        if (await PageActions.TryAsync(ModelState, () => vote.HandleAsync(id, new VoteRequest(approve, Comment), ct), prefix: ""))
        {
            TempData["Message"] = "Đã ghi nhận biểu quyết.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        bool? approve = Choice switch { "for" => true, "against" => false, _ => null };
        if (await PageActions.TryAsync(ModelState, () => decide.HandleAsync(id, new HeadDecisionRequest(approve, DecisionNumber, DecisionDate, Reason), ct), prefix: ""))
        {
            TempData["Message"] = "Đã ghi nhận quyết định của người đứng đầu.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Result = await get.GetAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public static string VoteLabel(string? vote) => vote switch
    {
        "for" => "Đồng ý",
        "against" => "Không đồng ý",
        _ => "Chưa biểu quyết",
    };
}
