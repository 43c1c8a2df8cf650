using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Citizens.TrackFeedback;

/// <summary>
/// docs/api.md "Citizens": what the public sees of an item, never its sender, subject or content (they may hold personal data).
/// <c>notice</c> is the refusal's reason or the forwarding notice; <c>forwardedTo</c> the competent body.
/// </summary>
internal sealed record PublicFeedbackStatus(string Status, DateOnly? DueDate, string? Answer, string? Notice, string? ForwardedTo, DateOnly ReceivedOn,
    string BodyName, int? Rating);

internal sealed record PublishedAnswer(string Subject, string Answer, string BodyName, DateTime PublishedAt, DateOnly ReceivedOn);

internal sealed record RateRequest(int? Stars);

/// <summary>Public lookups by tracking code: one unique-index probe; an unknown or malformed code is the same 404.</summary>
internal sealed class TrackFeedbackHandler(AppDbContext db, ITaskDeadlines tasks, IUnitDirectory units, TimeProvider clock)
{
    public async Task<PublicFeedbackStatus> HandleAsync(string trackingCode, CancellationToken ct)
    {
        var code = TrackingCodes.Normalize(trackingCode);
        var row = code is null ? null : await db.FeedbackItems.AsNoTracking().Where(f => f.TrackingCode == code)
            .Select(f => new { f.Status, f.DecisionDueDate, f.TaskId, f.PublicAnswer, f.PublishedAtUtc, f.Notice, f.ForwardedTo, f.ReceivedOn, f.BodyUnitId, f.Rating })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            throw NotFound();
        }

        DateOnly? due = row.DecisionDueDate;
        if (row.TaskId is { } taskId && row.Status is FeedbackStatus.InProgress or FeedbackStatus.Answered)
        {
            due = (await tasks.FindAsync(taskId, ct))?.DueDate ?? due;
        }

        var body = await units.FindAsync(row.BodyUnitId, ct);
        return new PublicFeedbackStatus(row.Status, due, row.PublishedAtUtc is null ? null : row.PublicAnswer, row.Notice, row.ForwardedTo, row.ReceivedOn,
            body?.Name ?? "", row.Rating);
    }

    public async Task RateAsync(string trackingCode, RateRequest r, CancellationToken ct)
    {
        new Validator().Check(r.Stars is >= 1 and <= 5, "stars", "Đánh giá từ 1 đến 5 sao. / stars must be 1 to 5.").ThrowIfInvalid();
        var code = TrackingCodes.Normalize(trackingCode);
        var item = code is null ? null : await db.FeedbackItems.FirstOrDefaultAsync(f => f.TrackingCode == code, ct);
        if (item is null)
        {
            throw NotFound();
        }

        item.Rate(r.Stars!.Value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Published answers, newest first, one page (docs/api.md "Paging everywhere"): the subject and the answer as the office published
    /// them (checked for the sender's personal data, or redacted), never the sender.
    /// </summary>
    public async Task<Paged<PublishedAnswer>> PublishedAsync(int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
        var rows = await db.FeedbackItems.AsNoTracking().Where(f => f.PublishedAtUtc != null).OrderByDescending(f => f.PublishedAtUtc).ThenBy(f => f.Id)
            .Select(f => new { f.PublicSubject, f.PublicAnswer, f.BodyUnitId, f.PublishedAtUtc, f.ReceivedOn }).ToPageAsync(request, ct);
        var names = await units.FindManyAsync(rows.Items.Select(r => r.BodyUnitId).Distinct().ToList(), ct);
        return rows.Select(r => new PublishedAnswer(r.PublicSubject ?? "", r.PublicAnswer ?? "", names.TryGetValue(r.BodyUnitId, out var u) ? u.Name : "", r.PublishedAtUtc!.Value, r.ReceivedOn));
    }

    internal static NotFoundException NotFound() => new("Không tìm thấy mã tra cứu. / Tracking code not found.");
}
