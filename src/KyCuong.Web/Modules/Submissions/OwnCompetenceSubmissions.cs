using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions;

/// <summary>Submissions' side of <see cref="IOwnCompetenceSubmissions"/>.</summary>
internal sealed class OwnCompetenceSubmissions(AppDbContext db) : IOwnCompetenceSubmissions
{
    public async Task<IReadOnlyList<OwnCompetenceSubmission>> SubmittedByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.OwnCompetence && ids.Contains(s.CreatedByUserId) && s.FirstSubmittedAtUtc != null && s.FirstSubmittedAtUtc >= fromUtc && s.FirstSubmittedAtUtc < toUtc)
            .Select(s => new OwnCompetenceSubmission(s.Id, s.Title, s.CreatedByUserId, s.SubmitterUnitId, s.FirstSubmittedAtUtc!.Value)).ToListAsync(ct);
        return rows.OrderBy(s => s.SubmittedAtUtc).ToList();
    }
}
