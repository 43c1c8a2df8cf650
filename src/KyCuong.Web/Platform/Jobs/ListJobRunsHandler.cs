using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>The latest background job runs, newest first (the administrators' jobs page).</summary>
public sealed class ListJobRunsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<JobRun>> HandleAsync(int take, CancellationToken ct) =>
        await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(take).ToListAsync(ct);
}
