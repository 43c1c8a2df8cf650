using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.CreateTask;
using KyCuong.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Pages.Tasks;

/// <summary>"Giao nhiệm vụ": the same handler as <c>POST /api/v1/tasks</c>; lead units offered are those in the caller's AssignWork scope.</summary>
public sealed class CreateModel(CreateTaskHandler handler, IAccessControl access, IUnitDirectory units) : PageModel
{
    public sealed class InputModel
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public Guid? LeadUnitId { get; set; }

        public List<Guid> CoordinatingUnitIds { get; set; } = [];

        public DateOnly? DueDate { get; set; }

        public int? WorkingDays { get; set; }

        public string? ClauseRef { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateTaskResponse? created = null;
        var ok = await PageActions.TryAsync(ModelState, async () => created = await handler.HandleAsync(new CreateTaskRequest(Input.Title, Input.Description, null,
            Input.ClauseRef, Input.LeadUnitId, null, Input.CoordinatingUnitIds, Input.DueDate, Input.WorkingDays), ct));
        if (ok && created is not null)
        {
            TempData["Message"] = "Đã giao nhiệm vụ.";
            return RedirectToPage("/Tasks/Details", new { id = created.Id });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.AssignWork, ct);
        if (scope is null)
        {
            return; // administrators assign through the API with explicit unit ids
        }

        foreach (var id in await scope.Take(500).ToListAsync(ct))
        {
            if (await units.FindAsync(id, ct) is { ValidTo: null } unit)
            {
                Units.Add(new SelectListItem(unit.Name, unit.Id.ToString()));
            }
        }

        Units = Units.OrderBy(u => u.Text, StringComparer.Ordinal).ToList();
    }
}
