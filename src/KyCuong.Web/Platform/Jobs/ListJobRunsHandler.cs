using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>The latest background job runs, newest first, and the jobs whose latest run skipped items (the administrators' jobs page).</summary>
internal sealed class ListJobRunsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<JobRun>> HandleAsync(int take, CancellationToken ct) =>
        await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(take).ToListAsync(ct);

    /// <summary>The latest finished run of each job, where it skipped items that an administrator must correct.</summary>
    public async Task<IReadOnlyList<JobRun>> FlaggedAsync(CancellationToken ct)
    {
        var latest = await db.JobRuns.AsNoTracking().Where(r => r.EndedAtUtc != null)
            .Where(r => r.StartedAtUtc == db.JobRuns.Where(o => o.Name == r.Name && o.EndedAtUtc != null).Max(o => o.StartedAtUtc))
            .ToListAsync(ct);
        return latest.Where(r => r.Failed > 0).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
