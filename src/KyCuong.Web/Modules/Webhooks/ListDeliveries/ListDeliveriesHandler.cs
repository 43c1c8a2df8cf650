using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Webhooks.ListDeliveries;

internal sealed record AttemptDto(int Attempt, DateTime AtUtc, int? StatusCode, string? Error, int DurationMs);

internal sealed record DeliveryDto(
    Guid Id, Guid EventId, string Event, string Status, int Attempts, int? StatusCode, string? Error, DateTime CreatedAtUtc, DateTime? LastAttemptAtUtc,
    DateTime? DeliveredAtUtc, IReadOnlyList<AttemptDto> AttemptLog);

internal sealed record DeliveryPage(IReadOnlyList<DeliveryDto> Items, int Page, int PageSize, int Total);

/// <summary>The delivery log of one subscription, newest first, each delivery with every attempt (docs/api.md "Webhooks").</summary>
internal sealed class ListDeliveriesHandler(AppDbContext db, WebhookAccess access)
{
    public const int MaxPageSize = 100;

    public async Task<DeliveryPage> HandleAsync(Guid id, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(status is null or "" or DeliveryStatus.Pending or DeliveryStatus.Delivered or DeliveryStatus.Failed, "status",
                "status phải là pending, delivered hoặc failed. / status must be pending, delivered or failed.")
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        var s = await access.FindAsync(id, track: false, ct);
        var p = page ?? 1;
        var size = pageSize ?? 20;
        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == s.Id);
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(d => d.Status == status);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var attempts = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(ct))
            .ToLookup(a => a.DeliveryId);
        var items = rows.Select(d => new DeliveryDto(d.Id, d.EventId, d.Event, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAtUtc,
            d.LastAttemptAtUtc, d.DeliveredAtUtc,
            attempts[d.Id].OrderBy(a => a.Attempt).Select(a => new AttemptDto(a.Attempt, a.AtUtc, a.StatusCode, a.Error, a.DurationMs)).ToList())).ToList();
        return new DeliveryPage(items, p, size, total);
    }
}
