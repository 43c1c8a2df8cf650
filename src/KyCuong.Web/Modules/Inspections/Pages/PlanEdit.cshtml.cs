using KyCuong.Web.Modules.Inspections.CreatePlan;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Inspections.GetPlan;
using KyCuong.Web.Modules.Inspections.RevisePlan;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>"Lập / sửa kế hoạch kiểm tra": the same handlers as <c>POST</c> and <c>PUT /api/v1/inspection-plans</c>.</summary>
internal sealed class PlanEditModel(
    CreatePlanHandler create, RevisePlanHandler revise, GetPlanHandler get, UnitChoices unitChoices, TimeProvider clock) : PageModel
{
    public const int MinRows = 6;

    public sealed class LineRow
    {
        public Guid? UnitId { get; set; }

        public int? Month { get; set; }

        public List<string> Topics { get; set; } = [];

        public string? Directive { get; set; }

        public bool Surprise { get; set; }
    }

    [BindProperty]
    public Guid? BodyUnitId { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public List<LineRow> Lines { get; set; } = [];

    public Guid? PlanId { get; private set; }

    public string? BodyName { get; private set; }

    public List<SelectListItem> Bodies { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } planId)
        {
            PlanDetails plan;
            try
            {
                plan = await get.HandleAsync(planId, ct);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }

            if (!plan.Actions.CanRevise)
            {
                return RedirectToPage("/Inspections/Plan", new { id = planId });
            }

            PlanId = planId;
            BodyName = plan.Body.Name;
            BodyUnitId = plan.Body.Id;
            Year = plan.Year;
            Title = plan.Title;
            Lines = plan.Lines.Select(l => new LineRow
            {
                UnitId = l.UnitId, Month = l.Month, Topics = l.Topics.Select(t => t.Code).ToList(), Directive = l.Directive, Surprise = l.Surprise,
            }).ToList();
        }
        else
        {
            Year = clock.Today().Year + 1;
            Title = $"Kế hoạch kiểm tra công vụ năm {Year}";
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var rows = Lines.Where(l => l.UnitId is not null || l.Topics.Count > 0 || !string.IsNullOrWhiteSpace(l.Directive))
            .Select(l => new PlanLineInput(l.UnitId, l.Month, l.Topics, string.IsNullOrWhiteSpace(l.Directive) ? null : l.Directive, l.Surprise)).ToList();
        Guid? saved = null;
        var ok = await PageActions.TryAsync(ModelState, async () => saved = id is { } planId
            ? (await revise.HandleAsync(planId, new RevisePlanRequest(Title, rows), ct)).Id
            : (await create.HandleAsync(new CreatePlanRequest(BodyUnitId, Year, Title, rows), ct)).Id, prefix: "");
        if (ok && saved is { } s)
        {
            TempData["Message"] = "Đã lưu dự thảo kế hoạch. Lãnh đạo cơ quan phê duyệt để ban hành.";
            return RedirectToPage("/Inspections/Plan", new { id = s });
        }

        PlanId = id;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Bodies = (await unitChoices.InScopeAsync(Permission.Monitor, ct)).Take(3000).ToList();
        Units = Bodies.Select(b => new SelectListItem(b.Text, b.Value)).ToList();
        var rows = Math.Max(MinRows, Lines.Count + 2);
        while (Lines.Count < rows)
        {
            Lines.Add(new LineRow());
        }
    }

    public static IReadOnlyList<(string Code, string Label)> TopicChoices { get; } =
        InspectionPlanTopics.All.Select(c => (c, InspectionPlanTopics.Label(c))).ToList();
}
