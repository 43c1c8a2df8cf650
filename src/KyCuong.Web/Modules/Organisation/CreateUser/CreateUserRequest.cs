namespace KyCuong.Web.Modules.Organisation.CreateUser;

/// <summary>docs/api.md: <c>{"userName","fullName","password","unitId","position","roles":[…]}</c>.</summary>
internal sealed record CreateUserRequest(string? UserName, string? FullName, string? Password, Guid? UnitId, string? Position, IReadOnlyList<string>? Roles, string? Email = null);
