using KyCuong.Web.Modules.Inspections.ApprovePlan;
using KyCuong.Web.Modules.Inspections.DecideFromPlan;
using KyCuong.Web.Modules.Inspections.GetPlan;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>
/// One yearly plan: its lines by month (surprise lines hidden as the API hides them), approval by a leader of the body, and the
/// decision of a check from a line. A plan the person may not see answers 404.
/// </summary>
internal sealed class PlanModel(GetPlanHandler get, ApprovePlanHandler approve, DecideFromPlanHandler decide, UnitChoices unitChoices, IPeopleDirectory people,
    TimeProvider clock) : PageModel
{
    public PlanDetails Plan { get; private set; } = null!;

    /// <summary>The line whose check is being decided (<c>?line=</c>), if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Line { get; set; }

    [BindProperty]
    public DateOnly? PlannedStart { get; set; }

    [BindProperty]
    public List<Guid> TeamUserIds { get; set; } = [];

    /// <summary>The head of the team (trưởng đoàn), one of <see cref="TeamUserIds"/>; empty: the first member.</summary>
    [BindProperty]
    public Guid? TeamLeaderUserId { get; set; }

    public List<SelectListItem> People { get; private set; } = [];

    /// <summary>The team leader's choice: only the members chosen.</summary>
    public List<SelectListItem> Leaders { get; private set; } = [];

    public PlanLineView? Deciding => Line is { } l ? Plan.Lines.FirstOrDefault(x => x.Id == l && x.InspectionId is null) : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Plan = await get.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (Deciding is { } d && Plan.Actions.CanDecideChecks)
        {
            PlannedStart ??= FirstDayOf(d.Month);
            await LoadPeopleAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => approve.HandleAsync(id, ct), prefix: ""))
        {
            TempData["Message"] = "Đã phê duyệt kế hoạch. Kế hoạch không còn sửa được.";
            return RedirectToPage("/Inspections/Plan", new { id });
        }

        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        Guid? created = null;
        if (Line is { } line && await PageActions.TryAsync(ModelState,
                async () => created = (await decide.HandleAsync(id, line, new DecideFromPlanRequest(PlannedStart, TeamUserIds, TeamLeaderUserId: TeamLeaderUserId), ct)).Id, prefix: ""))
        {
            TempData["Message"] = "Đã quyết định kiểm tra theo kế hoạch.";
            return RedirectToPage("/Inspections/Details", new { id = created });
        }

        return await OnGetAsync(id, ct);
    }

    private DateOnly FirstDayOf(int month)
    {
        var first = new DateOnly(Plan.Year, month, 1);
        var today = clock.Today();
        return first < today ? today : first;
    }

    private async Task LoadPeopleAsync(CancellationToken ct)
    {
        var assign = await unitChoices.InScopeAsync(Permission.AssignWork, ct);
        var monitor = await unitChoices.InScopeAsync(Permission.Monitor, ct);
        var inScope = assign.Concat(monitor).DistinctBy(u => u.Value).Take(3000).ToList();
        var unitNames = inScope.ToDictionary(u => u.Value!, u => u.Text);
        var positions = await people.PeopleInAsync(inScope.Select(u => Guid.Parse(u.Value!)).ToList(), clock.Today(), ct);
        People = positions.GroupBy(p => p.UserId).Select(g => g.First())
            .OrderBy(p => p.FullName, StringComparer.InvariantCulture).Take(CreateModel.MaxPeople)
            .Select(p => new SelectListItem($"{p.FullName} – {p.Title}, {unitNames.GetValueOrDefault(p.UnitId.ToString())}", p.UserId.ToString(),
                TeamUserIds.Contains(p.UserId)))
            .ToList();
        Leaders = People.Where(p => p.Selected).Select(p => new SelectListItem(p.Text, p.Value, p.Value == TeamLeaderUserId?.ToString())).ToList();
    }
}
