using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.CreateTask;
using KyCuong.Web.Platform.Web.Dates;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>"Giao nhiệm vụ": the same handler as <c>POST /api/v1/tasks</c>; lead units offered are those in the caller's AssignWork scope.</summary>
internal sealed class CreateModel(CreateTaskHandler handler, IAssignableUnits assignable) : PageModel
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
            // Civil Code 2015 art. 148(5): say so when the date asked was a day off and the deadline is the next working day.
            TempData["Message"] = created.RequestedDueDate is { } asked && created.DueDate is { } due
                ? $"Đã giao nhiệm vụ. Ngày {VietnamDates.Show(asked)} là ngày nghỉ nên hạn là {VietnamDates.Show(due)}."
                : "Đã giao nhiệm vụ.";
            return RedirectToPage("/Tasks/Details", new { id = created.Id });
        }

        TaskLabels.Localise(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // docs/domain.md §6 "Unit pickers": the same sets the API enforces (Organisation's IAssignableUnits).
        var set = await assignable.ForCurrentUserAsync(ct);
        Units = set.Lead.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
        CoordinatingUnits = set.Coordinating.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
    }
}
