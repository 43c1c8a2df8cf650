using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.GetMe;

internal sealed class GetMeHandler(AppDbContext db, ICurrentUser currentUser, CallerLoad callerLoad, TimeProvider clock) : ICurrentPerson
{
    public Task<MeResponse> GetAsync(CancellationToken ct) => HandleAsync(ct);

    public async Task<MeResponse> HandleAsync(CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenException("Chưa đăng nhập. / Not signed in.");
        var today = clock.Today();
        string? userName, fullName;
        IReadOnlyList<Position> positions;
        IReadOnlyList<Delegation> delegations;
        IReadOnlyDictionary<Guid, Guid> offices;
        if (await callerLoad.RecordAsync(ct) is { } record)
        {
            // The request's access checks have read the account, its positions and delegations already (or do so now, once).
            (userName, fullName, positions, delegations, offices) = (record.UserName, record.FullName, record.Positions, record.Delegations, record.Offices);
        }
        else
        {
            // Not an active account: what it holds is still shown as it is recorded (it acts for nobody, CallerLoad).
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("Không tìm thấy tài khoản. / Account not found.");
            (userName, fullName) = (user.UserName, user.FullName);
            positions = await db.Positions.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
            delegations = await db.Delegations.AsNoTracking().Where(d => d.GranteeUserId == userId && d.RevokedAtUtc == null).ToListAsync(ct);
            offices = await AccessControl.OfficeParentsAsync(db, positions.Select(p => p.UnitId), ct);
        }

        var unitIds = positions.Select(p => p.UnitId).Concat(delegations.Select(d => d.UnitId)).Concat(offices.Values).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var grants = positions.Where(p => p.IsInForceOn(today))
            .SelectMany(p => PositionGrants(p, offices).Select(g =>
                new MyGrant(g.UnitId, names.GetValueOrDefault(g.UnitId, ""), p.Title, RoleNames.Of(g.Roles), PermissionNames.Of(RolePermissions.For(g.Roles)), false)))
            .Concat(delegations.Where(d => d.GrantsOn(today))
                .Select(d => new MyGrant(d.UnitId, names.GetValueOrDefault(d.UnitId, ""), null, [], PermissionNames.Of(d.Scope & AccessPolicy.Delegable), true)))
            .ToList();
        return new MeResponse(userId, userName ?? "", fullName ?? "", AccessPolicy.IsAdministrator(positions, today), grants);
    }

    /// <summary>A position in an office shows its monitor and clerk roles on the body the office acts for (ADR 0003), the rest on the office.</summary>
    private static IEnumerable<(Guid UnitId, OrgRole Roles)> PositionGrants(Position p, IReadOnlyDictionary<Guid, Guid> offices)
    {
        if (offices.TryGetValue(p.UnitId, out var body) && (p.Roles & AccessPolicy.ActsForBody) != 0)
        {
            yield return (body, p.Roles & AccessPolicy.ActsForBody);
            if ((p.Roles & ~AccessPolicy.ActsForBody) != OrgRole.None)
            {
                yield return (p.UnitId, p.Roles & ~AccessPolicy.ActsForBody);
            }

            yield break;
        }

        yield return (p.UnitId, p.Roles);
    }
}
