using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.CreateTask;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>"Giao nhiệm vụ": the same handler as <c>POST /api/v1/tasks</c>; lead units offered are those in the caller's AssignWork scope.</summary>
internal sealed class CreateModel(CreateTaskHandler handler, IAccessControl access, IUnitDirectory units) : PageModel
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

    public List<SelectListItem> CoordinatingUnits { get; private set; } = [];

    /// <summary>"true" for a field with an error (the aria-invalid attribute), else null (no attribute).</summary>
    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateTaskResponse? created = null;

        // A value the browser could not send as a number or a date is refused here: it must never become "no deadline".
        var ok = ModelState.IsValid && await PageActions.TryAsync(ModelState, async () => created = await handler.HandleAsync(new CreateTaskRequest(Input.Title, Input.Description, null,
            Input.ClauseRef, Input.LeadUnitId, null, Input.CoordinatingUnitIds, Input.DueDate, Input.WorkingDays), ct));
        if (ok && created is not null)
        {
            TempData["Message"] = "Đã giao nhiệm vụ.";
            return RedirectToPage("/Tasks/Details", new { id = created.Id });
        }

        TaskLabels.Localise(ModelState);
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

        var found = (await units.FindManyAsync(await scope.Take(500).ToListAsync(ct), ct)).Values.Where(u => u.ValidTo is null).ToList();

        // Offices (phòng) of different departments share names: below the first level, the parent's name tells them apart.
        var byId = found.ToDictionary(u => u.Id);
        string Text(UnitDto u) => u.ParentId is { } p && byId.TryGetValue(p, out var parent) && parent.ParentId is { } gp && byId.ContainsKey(gp)
            ? $"{u.Name} – {parent.Name}"
            : u.Name;
        Units = found.Select(u => new SelectListItem(Text(u), u.Id.ToString()))
            .OrderBy(u => u.Text, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        CoordinatingUnits = Units.Select(u => new SelectListItem(u.Text, u.Value)).ToList();
    }
}
