using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions;

internal sealed class SubmissionUnitsReader(AppDbContext db) : ISubmissionUnits
{
    public Task<SubmissionUnits?> FindAsync(Guid submissionId, CancellationToken ct) =>
        db.Submissions.AsNoTracking().Where(s => s.Id == submissionId).Select(s => new SubmissionUnits(s.SubmitterUnitId, s.ToUnitId)).FirstOrDefaultAsync(ct);
}
