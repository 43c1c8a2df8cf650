namespace KyCuong.Web.Modules.Organisation.ManageAccount;

internal sealed record AddPositionRequest(Guid? UnitId, string? Position, IReadOnlyList<string>? Roles);

/// <summary><see cref="EndOn"/>: the first day the position no longer holds (default today: at once).</summary>
internal sealed record EndPositionRequest(DateOnly? EndOn);

internal sealed record AccountDetails(Guid Id, string UserName, string FullName, bool IsActive, bool LockedOut, IReadOnlyList<AccountPosition> Positions);

internal sealed record AccountPosition(Guid Id, Guid UnitId, string UnitName, string Title, IReadOnlyList<string> Roles, DateOnly? ValidFrom, DateOnly? ValidTo);
