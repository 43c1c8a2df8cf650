using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Web.Pages.Admin.Jobs;

internal sealed class IndexModel(ListJobRunsHandler runs, IAccessControl access) : PageModel
{
    public IReadOnlyList<JobRun> Runs { get; private set; } = [];

    /// <summary>The latest run of each job, where it skipped items that an administrator must correct.</summary>
    public IReadOnlyList<JobRun> Flagged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            return Forbid();
        }

        Runs = await runs.HandleAsync(200, ct);
        Flagged = await runs.FlaggedAsync(ct);
        return Page();
    }
}
