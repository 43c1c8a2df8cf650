using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>
/// The printable task sheet (phiếu giao và theo dõi nhiệm vụ) in the Nghị định 30/2020 layout: who assigned what to whom, by when,
/// every step of individual responsibility (968/CĐ-TTg §1) and the result. Read access as the task page (GetTaskHandler).
/// </summary>
internal sealed class PrintModel(GetTaskHandler getTask, IUnitDirectory units, TimeProvider clock) : PageModel
{
    public TaskDetails Task { get; private set; } = null!;

    public PrintHeading Heading { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Task = await getTask.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Heading = await PrintHeading.ForUnitAsync(units, Task.AssignerUnitId, Task.AssignerUnitName, clock.Today(), "Phiếu giao và theo dõi nhiệm vụ", Task.Title, ct);
        return Page();
    }
}
