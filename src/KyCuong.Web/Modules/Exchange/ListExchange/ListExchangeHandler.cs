using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Exchange.ListExchange;

/// <summary>One step of the timeline: <c>{"status","at","note"}</c> (Vietnam time).</summary>
internal sealed record ExchangeStep(string Status, DateTimeOffset At, string? Note);

/// <summary>
/// docs/api.md "edXML exchange": <c>{"id","direction":"sent"|"received","documentId","envelopeId","from":{"code","name"},"to":{"code","name"},
/// "numberSymbol","subject","status","createdAt","timeline":[…]}</c>.
/// </summary>
internal sealed record ExchangeItem(
    Guid Id, string Direction, Guid DocumentId, string EnvelopeId, ExchangeParty From, ExchangeParty To, string? NumberSymbol, string Subject, string Status,
    DateTimeOffset CreatedAt, IReadOnlyList<ExchangeStep> Timeline);

internal sealed record ExchangeParty(string Code, string Name);

internal sealed record ExchangePage(IReadOnlyList<ExchangeItem> Items, int Page, int PageSize, int Total);

/// <summary>
/// The envelopes sent and received by the units where the caller registers documents (their subtree; administrators: all), newest
/// first, each with its status timeline. Another unit's exchange is absent (404 for one asked by id).
/// </summary>
internal sealed class ListExchangeHandler(AppDbContext db, IAccessControl access)
{
    public async Task<ExchangePage> ListAsync(string? direction, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var q = await VisibleAsync(ct);
        if (direction is "sent" or "received")
        {
            var d = direction == "sent" ? ExchangeDirection.Sent : ExchangeDirection.Received;
            q = q.Where(m => m.Direction == d);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ExchangePage(await WithTimelinesAsync(rows, ct), page, pageSize, total);
    }

    public async Task<ExchangeItem> GetAsync(Guid id, CancellationToken ct)
    {
        var m = await (await VisibleAsync(ct)).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy thông điệp liên thông. / Exchange message not found.");
        return (await WithTimelinesAsync([m], ct))[0];
    }

    /// <summary>Whether the caller registers documents anywhere (who may open the page).</summary>
    public Task<bool> MayUseAsync(CancellationToken ct) => access.HasAnywhereAsync(Permission.RegisterDocuments, ct);

    private async Task<IQueryable<ExchangeMessage>> VisibleAsync(CancellationToken ct)
    {
        var q = db.ExchangeMessages.AsNoTracking();
        var scope = await access.ScopeAsync(Permission.RegisterDocuments, ct);
        return scope is null ? q : q.Where(m => scope.Contains(m.UnitId));
    }

    /// <summary>Steps at the same instant in the order of the state machine; a return, always the last step, after any other.</summary>
    private static int Rank(ExchangeStatus s) => s == ExchangeStatus.Returned ? int.MaxValue : (int)s;

    private async Task<List<ExchangeItem>> WithTimelinesAsync(List<ExchangeMessage> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var events = (await db.ExchangeEvents.AsNoTracking().Where(e => ids.Contains(e.MessageId))
                .Select(e => new { e.MessageId, e.Status, e.AtUtc, e.Note }).ToListAsync(ct))
            .OrderBy(e => e.AtUtc).ThenBy(e => Rank(e.Status)).ToLookup(e => e.MessageId);
        return rows.Select(m => new ExchangeItem(
            m.Id, m.Direction == ExchangeDirection.Sent ? "sent" : "received", m.DocumentId, m.EnvelopeId, new ExchangeParty(m.FromCode, m.FromName),
            new ExchangeParty(m.ToCode, m.ToName), m.NumberSymbol, m.Subject, ExchangeStatuses.Name(m.Status), VietnamTime.ToVietnam(m.CreatedAtUtc),
            events[m.Id].Select(e => new ExchangeStep(ExchangeStatuses.Name(e.Status), VietnamTime.ToVietnam(e.AtUtc), e.Note)).ToList())).ToList();
    }
}
