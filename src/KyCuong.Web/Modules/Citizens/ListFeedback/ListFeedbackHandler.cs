using KyCuong.Web.Modules.Citizens.Domain;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Citizens.ListFeedback;

internal sealed record FeedbackListItem(Guid Id, string TrackingCode, string Kind, string Subject, string Status, Guid BodyUnitId, Guid? HandlingUnitId,
    DateOnly ReceivedOn, DateOnly DecisionDueDate, string? SubmitterName);

/// <summary>The items the caller may see (FeedbackAccess), newest first, optionally by status; bounded.</summary>
internal sealed class ListFeedbackHandler(FeedbackAccess access)
{
    public async Task<IReadOnlyList<FeedbackListItem>> HandleAsync(string? status, int? take, CancellationToken ct)
    {
        new Validator().Check(status is null or FeedbackStatus.Received or FeedbackStatus.InProgress or FeedbackStatus.Answered or FeedbackStatus.Forwarded
                or FeedbackStatus.Refused, "status", "Trạng thái không hợp lệ. / Unknown status.")
            .Check(take is null or (>= 1 and <= 500), "take", "take phải từ 1 đến 500. / take must be 1 to 500.")
            .ThrowIfInvalid();
        var query = await access.VisibleAsync(ct);
        if (status is not null)
        {
            query = query.Where(f => f.Status == status);
        }

        return await query.AsNoTracking().OrderByDescending(f => f.CreatedAtUtc).Take(take ?? 100)
            .Select(f => new FeedbackListItem(f.Id, f.TrackingCode, f.Kind, f.Subject, f.Status, f.BodyUnitId, f.HandlingUnitId, f.ReceivedOn,
                f.DecisionDueDate, f.SubmitterName))
            .ToListAsync(ct);
    }
}
