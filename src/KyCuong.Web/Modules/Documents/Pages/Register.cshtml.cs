using KyCuong.Web.Modules.Documents;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Documents.ImportDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>"Đăng ký văn bản": the clerk registers a document; a leader may add the direction in the same step (one transaction).</summary>
internal sealed class RegisterModel(
    ImportDocumentHandler import, UnitCatalog catalog, IAccessControl access, IAssignableUnits assignable, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<DirectionOptions> directionOptions) : PageModel
{
    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    [BindProperty]
    public DirectionForm Direction { get; set; } = new();

    public List<SelectListItem> RegisteringUnits { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> CoordinatingUnits { get; private set; } = [];

    public bool CanDirect { get; private set; }

    public IEnumerable<string> Urgencies => DocumentMarks.UrgencyLabels;

    public IEnumerable<string> Secrecies => DocumentMarks.SecrecyLabels;

    public async Task<IActionResult> OnGetAsync(string? direction, CancellationToken ct)
    {
        Input.Direction = direction is "outgoing" or "internal" ? direction : "incoming";
        Input.ReceivedOn = clock.Today();
        Direction.WorkingDays = directionOptions.Value.DefaultWorkingDays; // one setting with a document's page and Import (docs/domain.md §5)
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ImportDocumentResponse? created = null;
        if (await PageActions.TryAsync(ModelState, async () => created = await import.HandleAsync(new ImportDocumentRequest(Input.ToRequest(), Direction.ToRequest()), false, ct)))
        {
            TempData["Message"] = $"Đã đăng ký văn bản {created!.NumberSymbol}{(created.ArrivalNumber is { } n ? $", số đến {n}" : "")}{(created.Tasks.Count > 0 ? $"; đã giao {created.Tasks.Count} nhiệm vụ" : "")}.";
            return Redirect($"/Documents/Details/{created.Id}");
        }

        return await LoadAsync(ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var all = (await catalog.AllAsync(ct)).Where(u => u.IsInForceOn(today)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        // docs/domain.md §6 "Unit pickers": the units the API accepts from this person (Organisation's IAssignableUnits).
        var set = await assignable.ForCurrentUserAsync(ct);
        Units = set.Lead.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
        CoordinatingUnits = set.Coordinating.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
        CanDirect = await access.HasAnywhereAsync(Permission.AssignWork, ct);
        var mine = new HashSet<Guid>();
        foreach (var p in new[] { Permission.RegisterDocuments, Permission.AssignWork })
        {
            var scope = await access.ScopeAsync(p, ct);
            if (scope is null)
            {
                mine.UnionWith(all.Select(u => u.Id));
            }
            else
            {
                mine.UnionWith(await scope.Take(2000).ToListAsync(ct));
            }
        }

        RegisteringUnits = all.Where(u => mine.Contains(u.Id)).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList();
        // The top of the caller's units (their own body) comes first: it is the default register.
        var top = all.Where(u => mine.Contains(u.Id) && (u.ParentId is null || !mine.Contains(u.ParentId.Value))).Select(u => u.Id.ToString()).ToHashSet();
        RegisteringUnits = RegisteringUnits.OrderByDescending(i => top.Contains(i.Value)).ToList();
        return RegisteringUnits.Count > 0;
    }
}
