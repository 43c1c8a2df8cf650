using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Webhooks;

/// <summary>
/// Who manages a body's webhooks (docs/domain.md "Webhooks"): a person holding the administrator role in a position of their own
/// (never by delegation, docs/adr/0003) on that body or an ancestor of it. A subscription outside that reach does not exist for
/// the caller (404), so another body's administrator learns nothing about it.
/// </summary>
internal sealed class WebhookAccess(ICurrentPerson person, IUnitDirectory units, AppDbContext db)
{
    private IReadOnlyList<Guid>? _bodies;

    /// <summary>The units where the caller administers, highest first as the positions list them.</summary>
    public async Task<IReadOnlyList<Guid>> BodiesAsync(CancellationToken ct)
    {
        if (_bodies is null)
        {
            var me = await person.GetAsync(ct);
            _bodies = me.Grants.Where(g => !g.ViaDelegation && g.Roles.Contains("administrator")).Select(g => g.UnitId).Distinct().ToList();
        }

        return _bodies;
    }

    public async Task<bool> CoversAsync(Guid unitId, CancellationToken ct)
    {
        foreach (var body in await BodiesAsync(ct))
        {
            if (body == unitId || await units.Subtree(body).AnyAsync(u => u == unitId, ct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subscriptions the caller manages, as a query to page.</summary>
    public async Task<IQueryable<Domain.WebhookSubscription>> VisibleAsync(CancellationToken ct)
    {
        var bodies = await BodiesAsync(ct);
        if (bodies.Count == 0)
        {
            return db.WebhookSubscriptions.AsNoTracking().Where(_ => false);
        }

        IQueryable<Guid> reach = units.Subtree(bodies[0]);
        foreach (var body in bodies.Skip(1))
        {
            reach = reach.Union(units.Subtree(body));
        }

        return db.WebhookSubscriptions.AsNoTracking().Where(s => reach.Contains(s.UnitId));
    }

    /// <summary>The subscription if the caller manages it; 404 otherwise (a 403 would confirm it exists).</summary>
    public async Task<Domain.WebhookSubscription> FindAsync(Guid id, bool track, CancellationToken ct)
    {
        var query = track ? db.WebhookSubscriptions : db.WebhookSubscriptions.AsNoTracking();
        var s = await query.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null || !await CoversAsync(s.UnitId, ct))
        {
            throw new NotFoundException("Không tìm thấy đăng ký webhook. / Webhook subscription not found.");
        }

        return s;
    }

    /// <summary>Refuses (403) a caller who administers no body at all: the endpoints are for administrators.</summary>
    public async Task EnsureAdministratorAsync(CancellationToken ct)
    {
        if ((await BodiesAsync(ct)).Count == 0)
        {
            throw new ForbiddenException("Chỉ quản trị viên của cơ quan mới quản lý webhook. / Only a body's administrators manage webhooks.");
        }
    }
}
