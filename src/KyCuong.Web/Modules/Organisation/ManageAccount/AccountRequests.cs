namespace KyCuong.Web.Modules.Organisation.ManageAccount;

public sealed record AddPositionRequest(Guid? UnitId, string? Position, IReadOnlyList<string>? Roles);

/// <summary><see cref="EndOn"/>: the first day the position no longer holds (default today: at once).</summary>
public sealed record EndPositionRequest(DateOnly? EndOn);

public sealed record AccountDetails(Guid Id, string UserName, string FullName, bool IsActive, bool LockedOut, IReadOnlyList<AccountPosition> Positions);

public sealed record AccountPosition(Guid Id, Guid UnitId, string UnitName, string Title, IReadOnlyList<string> Roles, DateOnly? ValidFrom, DateOnly? ValidTo);
