namespace KyCuong.Web.Modules.Organisation.ListUsers;

public sealed record UserSummary(Guid Id, string UserName, string FullName, bool IsActive, bool LockedOut, IReadOnlyList<PositionSummary> Positions);

public sealed record PositionSummary(Guid UnitId, string UnitName, string Title, IReadOnlyList<string> Roles);

public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total);
