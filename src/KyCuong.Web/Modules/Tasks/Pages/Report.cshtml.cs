using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.ListTasks;
using KyCuong.Web.Modules.Tasks.TaskSummary;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>
/// The dashboard as a printable report (báo cáo tình hình thực hiện nhiệm vụ) in the Nghị định 30/2020 layout: the four statuses,
/// both overdue rates with their denominators and the on-time rate (docs/domain.md §6), the per-unit table and the overdue list.
/// Same scope as the dashboard: a unit outside the viewer's scope is 404.
/// </summary>
[ReadsFromReplica]
internal sealed class ReportModel(TaskSummaryHandler summary, TaskSummaryByUnitHandler byUnit, ListTasksHandler list, IUnitDirectory units, TimeProvider clock)
    : PageModel
{
    /// <summary>The printed overdue list stops here; the XLSX export has all of them.</summary>
    public const int OverdueRows = 200;

    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public TaskSummaryResponse Summary { get; private set; } = null!;

    public TaskSummaryByUnitResponse ByUnit { get; private set; } = null!;

    public TaskPage Overdue { get; private set; } = null!;

    public PrintHeading Heading { get; private set; } = null!;

    public string Period { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Summary = await summary.HandleAsync(UnitId, true, From, To, ct);
            ByUnit = await byUnit.HandleAsync(UnitId, From, To, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException)
        {
            return BadRequest();
        }

        Overdue = await list.HandleAsync(new TaskListQuery(false, TaskStatusPolicy.Name(TaskStatusLabel.InProgressOverdue), UnitId, PageSize: OverdueRows), ct);
        var unit = (await units.FindAsync(UnitId, ct))!;
        var superior = unit.ParentId is { } p ? await units.FindAsync(p, ct) : null;
        var today = clock.Today();
        Period = ExportTitle.PeriodText(From, To, today);
        Heading = PrintHeading.For(unit, superior, null, today, "Báo cáo", $"Tình hình thực hiện nhiệm vụ được giao ({Period})");
        return Page();
    }
}
