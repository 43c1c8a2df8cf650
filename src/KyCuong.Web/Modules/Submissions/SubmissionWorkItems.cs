using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Modules.Submissions.ListSubmissions;

namespace KyCuong.Web.Modules.Submissions;

/// <summary>The review queue's waiting items (<see cref="ISubmissionWorkItems"/>), read by the same handler as the review page.</summary>
internal sealed class SubmissionWorkItems(ListSubmissionsHandler handler) : ISubmissionWorkItems
{
    public async Task<SubmissionWorkList> ToReviewAsync(int max, CancellationToken ct)
    {
        var page = await handler.HandleAsync("review", "submitted", 1, Math.Clamp(max, 1, 200), ct);
        return new SubmissionWorkList(page.Items.Select(s => new SubmissionWorkItem(s.Id, s.Title, s.SubmitterUnitName, s.FirstSubmittedAt)).ToList(), page.Total);
    }

    public async Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct) => [await handler.IdsAsync("review", "submitted", ct)];
}
