using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.GetMe;

internal sealed class GetMeHandler(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICurrentPerson
{
    public Task<MeResponse> GetAsync(CancellationToken ct) => HandleAsync(ct);

    public async Task<MeResponse> HandleAsync(CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenException("Chưa đăng nhập. / Not signed in.");
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("Không tìm thấy tài khoản. / Account not found.");
        var today = clock.Today();
        var positions = await db.Positions.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.GranteeUserId == userId && d.RevokedAtUtc == null).ToListAsync(ct);
        var unitIds = positions.Select(p => p.UnitId).Concat(delegations.Select(d => d.UnitId)).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var grants = positions.Where(p => p.IsInForceOn(today))
            .Select(p => new MyGrant(p.UnitId, names.GetValueOrDefault(p.UnitId, ""), p.Title, RoleNames.Of(p.Roles), PermissionNames.Of(RolePermissions.For(p.Roles)), false))
            .Concat(delegations.Where(d => d.GrantsOn(today))
                .Select(d => new MyGrant(d.UnitId, names.GetValueOrDefault(d.UnitId, ""), null, [], PermissionNames.Of(d.Scope & AccessPolicy.Delegable), true)))
            .ToList();
        return new MeResponse(user.Id, user.UserName ?? "", user.FullName, AccessPolicy.IsAdministrator(positions, today), grants);
    }
}
