using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.CreateUser;

internal sealed class CreateUserHandler(AppDbContext db, UserManager<AppUser> users, IAccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<CreateUserResponse> HandleAsync(CreateUserRequest request, CancellationToken ct)
    {
        var v = new Validator()
            .Require(request.UserName, "userName", "Tên đăng nhập", 100)
            .Require(request.FullName, "fullName", "Họ và tên", 200)
            .Require(request.Password, "password", "Mật khẩu", 200)
            .Require(request.Position, "position", "Chức vụ", 200)
            .Check(request.UnitId is not null, "unitId", "Đơn vị là bắt buộc. / unitId is required.")
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
        var unitId = request.UnitId!.Value;
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct)
            ?? throw RequestValidationException.For("unitId", "Đơn vị không tồn tại. / The unit does not exist.");
        await access.EnsureAsync(Permission.ManageUsers, unitId, ct);
        if (roles.HasFlag(OrgRole.Administrator) && !await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được cấp vai trò quản trị. / Only administrators grant the administrator role.");
        }

        if (unit.ValidTo is not null)
        {
            throw new DomainException("org.unitEnded", $"Đơn vị \"{unit.Name}\" đã chấm dứt hoạt động. / The unit has ended.");
        }

        var userName = request.UserName!.Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new DomainException("user.duplicateUserName", $"Tên đăng nhập \"{userName}\" đã tồn tại. / The user name is taken.");
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(), UserName = userName, FullName = request.FullName!.Trim().Normalize(), Email = request.Email,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "userName"] =
                    created.Errors.Select(IdentityMessages.Vietnamese).ToArray(),
            });
        }

        db.Positions.Add(new Position { Id = Guid.CreateVersion7(), UserId = user.Id, UnitId = unitId, Title = request.Position!.Trim().Normalize(), Roles = roles, ValidFrom = null });
        audit.Record("user", user.Id, "created", new { user.UserName, user.FullName, UnitId = unitId, request.Position, Roles = RoleNames.Of(roles) });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CreateUserResponse(user.Id);
    }
}
