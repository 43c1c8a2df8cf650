namespace KyCuong.Web.Modules.Organisation.ListUsers;

internal sealed record UserSummary(Guid Id, string UserName, string FullName, bool IsActive, bool LockedOut, IReadOnlyList<PositionSummary> Positions);

internal sealed record PositionSummary(Guid UnitId, string UnitName, string Title, IReadOnlyList<string> Roles);

internal sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total);
