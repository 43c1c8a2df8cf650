using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ManageAccount;

/// <summary>Role administration of one account: positions with roles, deactivation, unlocking. Only within the caller's user-administration scope.</summary>
internal sealed class ManageAccountHandler(AppDbContext db, UserManager<AppUser> users, IAccessControl access, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<AccountDetails> GetAsync(Guid userId, CancellationToken ct)
    {
        var user = await VisibleUserAsync(userId, ct);
        var positions = await (from p in db.Positions
                               join u in db.Units on p.UnitId equals u.Id
                               where p.UserId == userId
                               orderby p.ValidTo != null, u.Name
                               select new AccountPosition(p.Id, p.UnitId, u.Name, p.Title, RoleNames.Of(p.Roles), p.ValidFrom, p.ValidTo)).ToListAsync(ct);
        return new AccountDetails(user.Id, user.UserName ?? "", user.FullName, user.IsActive, user.LockoutEnd > clock.GetUtcNow(), positions);
    }

    public async Task<AccountDetails> AddPositionAsync(Guid userId, AddPositionRequest request, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.UnitId is not null, "unitId", "Đơn vị là bắt buộc. / unitId is required.")
            .Require(request.Position, "position", "Chức vụ", 200)
            .Check(request.Roles is { Count: > 0 }, "roles", "Cần ít nhất một vai trò. / At least one role is required.");
        var roles = OrgRole.None;
        foreach (var name in request.Roles ?? [])
        {
            if (RoleNames.TryParse(name, out var r))
            {
                roles |= r;
            }
            else
            {
                v.Add("roles", $"Vai trò không hợp lệ: \"{name}\". / Unknown role \"{name}\".");
            }
        }

        v.ThrowIfInvalid();
        await VisibleUserAsync(userId, ct);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId, ct)
            ?? throw RequestValidationException.For("unitId", "Đơn vị không tồn tại. / The unit does not exist.");
        await access.EnsureAsync(Permission.ManageUsers, unit.Id, ct);
        if (roles.HasFlag(OrgRole.Administrator) && !await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được cấp vai trò quản trị. / Only administrators grant the administrator role.");
        }

        if (unit.ValidTo is not null)
        {
            throw new DomainException("org.unitEnded", $"Đơn vị \"{unit.Name}\" đã chấm dứt hoạt động. / The unit has ended.");
        }

        var today = clock.Today();
        if (await db.Positions.AnyAsync(p => p.UserId == userId && p.UnitId == unit.Id && (p.ValidTo == null || p.ValidTo >= today), ct))
        {
            throw new DomainException("user.positionExists", "Người này đã có chức vụ tại đơn vị này; hãy kết thúc chức vụ cũ trước. / The person already holds a position in this unit.");
        }

        var position = new Position { Id = Guid.CreateVersion7(), UserId = userId, UnitId = unit.Id, Title = request.Position!.Trim().Normalize(), Roles = roles, ValidFrom = today };
        db.Positions.Add(position);
        audit.Record("user", userId, "positionAdded", new { position.UnitId, position.Title, Roles = RoleNames.Of(roles) });
        await db.SaveChangesAsync(ct);
        return await GetAsync(userId, ct);
    }

    public async Task<AccountDetails> EndPositionAsync(Guid userId, Guid positionId, EndPositionRequest request, CancellationToken ct)
    {
        await VisibleUserAsync(userId, ct);
        var position = await db.Positions.FirstOrDefaultAsync(p => p.Id == positionId && p.UserId == userId, ct)
            ?? throw new NotFoundException("Không tìm thấy chức vụ. / Position not found.");
        await access.EnsureAsync(Permission.ManageUsers, position.UnitId, ct);
        var endOn = request.EndOn ?? clock.Today();
        if (position.ValidTo is not null)
        {
            throw new DomainException("user.positionEnded", "Chức vụ đã kết thúc. / The position has already ended.");
        }

        if (position.ValidFrom is { } from && endOn < from)
        {
            throw RequestValidationException.For("endOn", "Ngày thôi giữ chức vụ không thể trước ngày bắt đầu. / endOn is before the start.");
        }

        if (position.Roles.HasFlag(OrgRole.Administrator) && position.UserId == currentUser.UserId)
        {
            throw new DomainException("user.selfAdminRemoval", "Không thể tự kết thúc chức vụ quản trị của mình. / You cannot end your own administrator position.");
        }

        // endOn is the first day the position no longer holds: ending "today" takes the powers away at once.
        position.ValidTo = endOn.AddDays(-1);
        audit.Record("user", userId, "positionEnded", new { position.UnitId, position.Title, EndOn = endOn });
        await db.SaveChangesAsync(ct);
        return await GetAsync(userId, ct);
    }

    public async Task<AccountDetails> SetActiveAsync(Guid userId, bool active, CancellationToken ct)
    {
        var user = await VisibleUserAsync(userId, ct);
        if (!active && userId == currentUser.UserId)
        {
            throw new DomainException("user.selfDeactivation", "Không thể tự khóa tài khoản của mình. / You cannot deactivate yourself.");
        }

        var tracked = await users.FindByIdAsync(user.Id.ToString()) ?? throw new NotFoundException("Không tìm thấy tài khoản. / Account not found.");
        tracked.IsActive = active;
        if (active)
        {
            await users.SetLockoutEndDateAsync(tracked, null);
            await users.ResetAccessFailedCountAsync(tracked);
        }

        // Changing the security stamp ends the person's existing cookie sessions at the next validation.
        await users.UpdateSecurityStampAsync(tracked);
        audit.Record("user", userId, active ? "activated" : "deactivated");
        await db.SaveChangesAsync(ct);
        return await GetAsync(userId, ct);
    }

    private async Task<AppUser> VisibleUserAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        var scope = await access.ScopeAsync(Permission.ManageUsers, ct);
        var visible = user is not null && (scope is null
            ? await access.IsAdministratorAsync(ct)
            : await db.Positions.AnyAsync(p => p.UserId == userId && scope.Contains(p.UnitId), ct));
        return visible ? user! : throw new NotFoundException("Không tìm thấy tài khoản. / Account not found.");
    }
}
