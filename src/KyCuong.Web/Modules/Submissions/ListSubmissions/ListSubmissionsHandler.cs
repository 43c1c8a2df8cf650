using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions.ListSubmissions;

/// <summary>
/// <c>queue=mine</c> (default): submissions of the units the caller works for (ViewWork scope). <c>queue=review</c>: what was
/// sent to a unit whose office the caller is part of (see <see cref="SubmissionAccess"/>); drafts are never in it.
/// </summary>
internal sealed class ListSubmissionsHandler(AppDbContext db, SubmissionAccess access, IUnitDirectory units)
{
    public async Task<SubmissionPage> HandleAsync(string? queue, string? status, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var q = await QueryAsync(queue, status, ct);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(s => s.CreatedAtUtc).ThenBy(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var names = await units.FindManyAsync(rows.SelectMany(r => new[] { r.SubmitterUnitId, r.ToUnitId }).Distinct().ToList(), ct);
        string Name(Guid id) => names.TryGetValue(id, out var u) ? u.Name : id.ToString();
        return new SubmissionPage(rows.Select(s => new SubmissionListItem(s.Id, s.Title, SubmissionDto.StatusName(s.Status), s.SubmitterUnitId, Name(s.SubmitterUnitId),
            s.ToUnitId, Name(s.ToUnitId), s.OwnCompetence, s.ReturnCount, VietnamTime.ToVietnam(s.CreatedAtUtc),
            s.FirstSubmittedAtUtc is { } f ? VietnamTime.ToVietnam(f) : null)).ToList(), page, pageSize, total);
    }

    /// <summary>The same queue and status as a query of ids not yet run, for the navigation's count to count with other lists in one statement.</summary>
    public async Task<IQueryable<Guid>> IdsAsync(string? queue, string? status, CancellationToken ct) => (await QueryAsync(queue, status, ct)).Select(s => s.Id);

    private async Task<IQueryable<Submission>> QueryAsync(string? queue, string? status, CancellationToken ct)
    {
        var q = db.Submissions.AsNoTracking();
        if (string.Equals(queue, "review", StringComparison.OrdinalIgnoreCase))
        {
            var monitor = await access.ScopeAsync(Permission.Monitor, ct);
            var assign = await access.ScopeAsync(Permission.AssignWork, ct);
            q = q.Where(s => s.Status != SubmissionStatus.Draft);
            if (monitor is not null && assign is not null)
            {
                var parents = await access.OfficeParentsAsync(ct);
                q = q.Where(s => monitor.Contains(s.ToUnitId) || assign.Contains(s.ToUnitId) || parents.Contains(s.ToUnitId));
            }

            // The office works through what is waiting; the rest of the queue follows.
            status ??= "submitted";
        }
        else if (queue is null || string.Equals(queue, "mine", StringComparison.OrdinalIgnoreCase))
        {
            var scope = await access.SenderScopeAsync(ct);
            if (scope is not null)
            {
                // Drafts only for the sending unit's own people (see SubmissionAccess.CanSeeAsync).
                var own = await access.OwnUnitsAsync(ct);
                q = q.Where(s => s.Status == SubmissionStatus.Draft ? own.Contains(s.SubmitterUnitId) : scope.Contains(s.SubmitterUnitId));
            }
        }
        else
        {
            throw RequestValidationException.For("queue", "queue phải là mine hoặc review. / queue must be mine or review.");
        }

        if (!string.IsNullOrWhiteSpace(status) && status != "all")
        {
            var parsed = status switch
            {
                "draft" => SubmissionStatus.Draft,
                "submitted" => SubmissionStatus.Submitted,
                "returned" => SubmissionStatus.Returned,
                "accepted" => SubmissionStatus.Accepted,
                _ => throw RequestValidationException.For("status", "Trạng thái không hợp lệ (draft, submitted, returned, accepted, all). / Unknown status."),
            };
            q = q.Where(s => s.Status == parsed);
        }

        return q;
    }
}
