using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ListUsers;

/// <summary>People whose positions lie in the caller's user-administration scope, paged.</summary>
internal sealed class ListUsersHandler(AppDbContext db, IAccessControl access, TimeProvider clock)
{
    public async Task<UserPage> HandleAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var scope = await access.ScopeAsync(Permission.ManageUsers, ct);
        var users = db.Users.AsNoTracking();
        if (scope is not null)
        {
            users = users.Where(u => db.Positions.Any(p => p.UserId == u.Id && scope.Contains(p.UnitId)));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            users = users.Where(u => u.FullName.Contains(s) || u.UserName!.Contains(s));
        }

        var total = await users.CountAsync(ct);
        var pageUsers = await users.OrderBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.IsActive, u.LockoutEnd }).ToListAsync(ct);
        var ids = pageUsers.Select(u => u.Id).ToList();
        var positions = await (from p in db.Positions
                               join un in db.Units on p.UnitId equals un.Id
                               where ids.Contains(p.UserId)
                               select new { p.UserId, p.UnitId, un.Name, p.Title, p.Roles }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var items = pageUsers.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.FullName, u.IsActive, u.LockoutEnd > now,
            positions.Where(p => p.UserId == u.Id).Select(p => new PositionSummary(p.UnitId, p.Name, p.Title, RoleNames.Of(p.Roles))).ToList())).ToList();
        return new UserPage(items, page, pageSize, total);
    }
}
