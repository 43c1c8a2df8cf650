using KyCuong.Web.Modules.Inspections.CreateInspection;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>"Quyết định kiểm tra": the same handler as <c>POST /api/v1/inspections</c>.</summary>
internal sealed class CreateModel(CreateInspectionHandler handler, UnitChoices unitChoices, IPeopleDirectory people, TimeProvider clock) : PageModel
{
    public const int MaxPeople = 500;

    public sealed class InputModel
    {
        public string? Title { get; set; }

        public List<Guid> CheckedUnitIds { get; set; } = [];

        public bool Surprise { get; set; }

        public DateOnly? PlannedStart { get; set; }

        public List<Guid> TeamUserIds { get; set; } = [];

        /// <summary>The head of the team (trưởng đoàn), one of its members; empty: the first member listed.</summary>
        public Guid? TeamLeaderUserId { get; set; }

        /// <summary>One topic per line.</summary>
        public string? Topics { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> People { get; private set; } = [];

    /// <summary>The team leader's choice: only the members chosen (the page's script keeps it in step as members are picked).</summary>
    public List<SelectListItem> Leaders { get; private set; } = [];

    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.PlannedStart = clock.Today().AddDays(7);
        Input.Topics = "Chấp hành giờ giấc, kỷ luật, kỷ cương hành chính\nXử lý nhiệm vụ được giao, thời hạn\nGiải quyết thủ tục hành chính tại bộ phận một cửa";
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateInspectionResponse? created = null;
        var topics = (Input.Topics ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var ok = ModelState.IsValid && await PageActions.TryAsync(ModelState, async () =>
            created = await handler.HandleAsync(new CreateInspectionRequest(Input.Title, Input.CheckedUnitIds, Input.Surprise, Input.PlannedStart, Input.TeamUserIds,
                topics, TeamLeaderUserId: Input.TeamLeaderUserId), ct));
        if (ok && created is not null)
        {
            TempData["Message"] = Input.Surprise
                ? "Đã quyết định kiểm tra đột xuất. Đơn vị được kiểm tra chưa được thông báo."
                : "Đã quyết định kiểm tra và thông báo cho đơn vị được kiểm tra.";
            return RedirectToPage("/Inspections/Details", new { id = created.Id });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var assign = await unitChoices.InScopeAsync(Permission.AssignWork, ct);
        var monitor = await unitChoices.InScopeAsync(Permission.Monitor, ct);
        var inScope = assign.Concat(monitor).DistinctBy(u => u.Value).OrderBy(u => u.Text, StringComparer.InvariantCulture).Take(3000).ToList();
        Units = inScope.Select(u => new SelectListItem(u.Text, u.Value, Input.CheckedUnitIds.Any(id => id.ToString() == u.Value))).ToList();
        var unitIds = inScope.Select(u => Guid.Parse(u.Value!)).ToList();
        var positions = await people.PeopleInAsync(unitIds, clock.Today(), ct);
        var unitNames = inScope.ToDictionary(u => u.Value!, u => u.Text);
        People = positions.GroupBy(p => p.UserId).Select(g => g.First())
            .OrderBy(p => p.FullName, StringComparer.InvariantCulture).Take(MaxPeople)
            .Select(p => new SelectListItem($"{p.FullName} – {p.Title}, {unitNames.GetValueOrDefault(p.UnitId.ToString())}", p.UserId.ToString(),
                Input.TeamUserIds.Contains(p.UserId)))
            .ToList();
        Leaders = People.Where(p => p.Selected).Select(p => new SelectListItem(p.Text, p.Value, p.Value == Input.TeamLeaderUserId?.ToString())).ToList();
    }
}
