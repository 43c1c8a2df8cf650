using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Citizens.ListFeedback;

internal sealed record FeedbackListItem(Guid Id, string TrackingCode, string Kind, string Subject, string Status, Guid BodyUnitId, Guid? HandlingUnitId,
    DateOnly ReceivedOn, DateOnly DecisionDueDate, string? SubmitterName);

/// <summary>The items the caller may see (FeedbackAccess), newest first, optionally by status; paged (docs/api.md "Paging everywhere").</summary>
internal sealed class ListFeedbackHandler(FeedbackAccess access)
{
    public async Task<Paged<FeedbackListItem>> HandleAsync(string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
        new Validator().Check(status is null or FeedbackStatus.Received or FeedbackStatus.InProgress or FeedbackStatus.Answered or FeedbackStatus.Forwarded
                or FeedbackStatus.Refused, "status", "Trạng thái không hợp lệ. / Unknown status.")
            .ThrowIfInvalid();
        var query = await access.VisibleAsync(ct);
        if (status is not null)
        {
            query = query.Where(f => f.Status == status);
        }

        return await query.AsNoTracking().OrderByDescending(f => f.CreatedAtUtc).ThenBy(f => f.Id)
            .Select(f => new FeedbackListItem(f.Id, f.TrackingCode, f.Kind, f.Subject, f.Status, f.BodyUnitId, f.HandlingUnitId, f.ReceivedOn,
                f.DecisionDueDate, f.SubmitterName))
            .ToPageAsync(request, ct);
    }
}
