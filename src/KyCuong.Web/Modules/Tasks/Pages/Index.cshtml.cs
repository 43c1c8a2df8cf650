using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.ListTasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>
/// "Việc của tôi": the tasks I lead, hold, assigned or my units lead or coordinate; "Đã chuyển / đang theo dõi" (view=followed):
/// the tasks I assigned, handed on or held a step of; or everything I may see.
/// </summary>
internal sealed class IndexModel(ListTasksHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    /// <summary><c>followed</c>: "Đã chuyển / đang theo dõi" (tasks I assigned, handed on or held a step of).</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool Followed => View == "followed";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DueFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DueTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TaskPage Result { get; private set; } = new([], 1, 20, 0);

    public bool CanAssign { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanAssign = await access.HasAnywhereAsync(Permission.AssignWork, ct);
        try
        {
            Result = await handler.HandleAsync(new TaskListQuery(!All, Status, UnitId, DueFrom, DueTo, Q, PageNumber, 20, View: Followed ? "followed" : null), ct);
        }
        catch (RequestValidationException e)
        {
            Error = e.Errors.SelectMany(x => x.Value).FirstOrDefault();
        }
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["all"] = All ? "true" : null, ["view"] = Followed ? "followed" : null, ["status"] = Status, ["unitId"] = UnitId?.ToString(), ["dueFrom"] = DueFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["dueTo"] = DueTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["q"] = Q, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
