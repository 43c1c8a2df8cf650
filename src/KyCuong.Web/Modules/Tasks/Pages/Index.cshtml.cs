using System.Globalization;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.ListTasks;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>
/// "Việc của tôi": the tasks I lead, hold, assigned or my units lead or coordinate; "Đã chuyển / đang theo dõi" (view=followed):
/// the tasks I assigned, handed on or held a step of; or everything I may see.
/// </summary>
internal sealed class IndexModel(ListTasksHandler handler, IAccessControl access, IUnitDirectory units, ICallerPlace place, ICurrentUser currentUser, TimeProvider clock)
    : PageModel
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

    /// <summary>The list with the same filters, every page, as XLSX with a title block (names, not ids; dates dd/mm/yyyy).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        TaskPage all;
        try
        {
            all = await handler.HandleAsync(new TaskListQuery(!All, Status, UnitId, DueFrom, DueTo, Q, 1, ListTasksHandler.MaxPageSize), ct);
        }
        catch (RequestValidationException e)
        {
            return BadRequest(e.Errors.SelectMany(x => x.Value).FirstOrDefault() ?? "");
        }

        var today = clock.Today();
        UnitDto? body = null;
        string scope;
        if (UnitId is { } unitId && await access.HasAsync(Permission.ViewWork, unitId, ct) && await units.FindAsync(unitId, ct) is { } chosen)
        {
            body = chosen;
            scope = chosen.Name + " và các đơn vị trực thuộc";
        }
        else
        {
            var me = currentUser.UserId;
            // The caller's name and units from the caller's place (read once per request with the grants).
            var name = me is null ? null : await place.FullNameAsync(ct);
            if (me is not null && await place.UnitsAsync(ct) is { Count: > 0 } mine)
            {
                body = await units.FindAsync(mine[0].UnitId, ct);
            }

            scope = All ? "Mọi nhiệm vụ trong phạm vi của " + (name ?? currentUser.UserName ?? "") : "Việc của " + (name ?? currentUser.UserName ?? "");
        }

        var superior = body?.ParentId is { } p ? await units.FindAsync(p, ct) : null;
        var governing = body is null ? null : KyCuong.Web.Platform.Web.Pages.Shared.PrintHeading.GoverningBody(body, superior);
        var title = new ExportTitle(governing?.Name ?? "", body?.Name ?? "", "Danh sách nhiệm vụ", scope,
            DueFrom is null && DueTo is null ? ExportTitle.PeriodText(null, null, today) : "hạn " + ExportTitle.PeriodText(DueFrom, DueTo, today), today);
        var n = 0;
        var rows = all.Items.Select(t => (IReadOnlyList<object?>)
        [
            ++n, t.Title, t.ClauseRef ?? "", t.LeadUnitName, t.CurrentHolderName ?? t.LeadUserName ?? "",
            t.ReceivedOn, (object?)t.DueDate ?? "Thường xuyên", t.CompletedOn, t.StatusLabel, t.ExtensionCount, t.ReturnCount, t.RerouteCount, t.Bounced ? "có" : "",
        ]);
        return File(TableExport.ToXlsx("Nhiệm vụ", title, DashboardModel.TaskHeader, rows), DashboardModel.XlsxType,
            $"danh-sach-nhiem-vu-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["all"] = All ? "true" : null, ["view"] = Followed ? "followed" : null, ["status"] = Status, ["unitId"] = UnitId?.ToString(), ["dueFrom"] = DueFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["dueTo"] = DueTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["q"] = Q, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
