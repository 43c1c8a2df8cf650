using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Pages.Admin.Jobs;

public sealed class IndexModel(AppDbContext db, IAccessControl access) : PageModel
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

        Runs = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(200).ToListAsync(ct);
        var latest = await db.JobRuns.AsNoTracking().Where(r => r.EndedAtUtc != null)
            .Where(r => r.StartedAtUtc == db.JobRuns.Where(o => o.Name == r.Name && o.EndedAtUtc != null).Max(o => o.StartedAtUtc))
            .ToListAsync(ct);
        Flagged = latest.Where(r => r.Failed > 0).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        return Page();
    }
}
