using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Webhooks.Domain;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Webhooks.ListWebhooks;

/// <summary>A subscription as the API shows it: never its secret.</summary>
internal sealed record WebhookDto(
    Guid Id, Guid UnitId, string UnitName, string Url, IReadOnlyList<string> Events, string Status, int ConsecutiveFailures, DateTime CreatedAtUtc,
    DateTime? DisabledAtUtc, string? DisabledReason);

internal sealed record WebhookPage(IReadOnlyList<WebhookDto> Items, int Page, int PageSize, int Total);

/// <summary>The subscriptions of the caller's bodies and their subtrees, newest first, paged (docs/api.md "Paging").</summary>
internal sealed class ListWebhooksHandler(WebhookAccess access, IUnitDirectory units)
{
    public const int MaxPageSize = 100;

    public async Task<WebhookPage> ListAsync(int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        await access.EnsureAdministratorAsync(ct);
        var p = page ?? 1;
        var size = pageSize ?? 20;
        var query = await access.VisibleAsync(ct);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new WebhookPage(await ToDtosAsync(rows, ct), p, size, total);
    }

    public async Task<WebhookDto> GetAsync(Guid id, CancellationToken ct)
    {
        var s = await access.FindAsync(id, track: false, ct);
        return (await ToDtosAsync([s], ct))[0];
    }

    private async Task<IReadOnlyList<WebhookDto>> ToDtosAsync(IReadOnlyList<WebhookSubscription> rows, CancellationToken ct)
    {
        var names = await units.FindManyAsync(rows.Select(r => r.UnitId).Distinct().ToList(), ct);
        return rows.Select(s => new WebhookDto(s.Id, s.UnitId, names.TryGetValue(s.UnitId, out var u) ? u.Name : "", s.Url, s.EventList,
            s.DisabledAtUtc is null ? "active" : "disabled", s.ConsecutiveFailures, s.CreatedAtUtc, s.DisabledAtUtc, s.DisabledReason)).ToList();
    }
}
