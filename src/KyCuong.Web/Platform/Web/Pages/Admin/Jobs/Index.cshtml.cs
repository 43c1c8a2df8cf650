using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Web.Pages.Admin.Jobs;

public sealed class IndexModel(AppDbContext db, IAccessControl access) : PageModel
{
    public IReadOnlyList<JobRun> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            return Forbid();
        }

        Runs = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(200).ToListAsync(ct);
        return Page();
    }
}
