using KyCuong.Web.Modules.Evaluation.Innovation;
using KyCuong.Web.Modules.Evaluation.Innovation.ProposeInnovation;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages.Innovation;

/// <summary>
/// "Gửi đề xuất đổi mới, sáng tạo" (Nghị định 73/2023/NĐ-CP): the official describes the problem, the proposal, its scope and expected
/// outcome, ticks the tasks it covers among those they hold, and names the deputy in charge of their field (who does not vote). The same
/// handler as the API.
/// </summary>
internal sealed class NewModel(ProposeInnovationHandler handler, InnovationProposals proposals, ITaskWorkItems work, IPeopleDirectory people, EvaluationAccess access,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Problem { get; set; }

    [BindProperty]
    public string? Proposal { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? ExpectedOutcome { get; set; }

    [BindProperty]
    public List<Guid> TaskIds { get; set; } = [];

    [BindProperty]
    public Guid? ExcludedDeputyUserId { get; set; }

    public IReadOnlyList<TaskWorkItem> Tasks { get; private set; } = [];

    public IReadOnlyList<PersonPosition> Deputies { get; private set; } = [];

    public string BodyName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        InnovationProposalDto? created = null;
        if (await PageActions.TryAsync(ModelState, async () => created = await handler.HandleAsync(
                new ProposeInnovationRequest(Title, Problem, Proposal, Scope, ExpectedOutcome, TaskIds, ExcludedDeputyUserId), ct), prefix: ""))
        {
            TempData["Message"] = $"Đã gửi đề xuất; tập thể lãnh đạo biểu quyết đến hết ngày {created!.VoteDeadline:dd/MM/yyyy}.";
            return RedirectToPage("Details", new { id = created.Id });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tasks = (await work.HeldAsync(100, ct)).Items;
        if (access.CallerId is { } me && (await people.UnitsOfAsync(me, clock.Today(), ct)) is { Count: > 0 } unitIds
            && await proposals.BodyOfAsync(unitIds[0], ct) is { } body)
        {
            BodyName = body.Name;
            Deputies = (await proposals.LeadershipAsync(body.Id, ct)).Where(p => p.Roles.HasFlag(OrgRole.DeputyLeader) && p.UserId != me).ToList();
        }
    }
}
