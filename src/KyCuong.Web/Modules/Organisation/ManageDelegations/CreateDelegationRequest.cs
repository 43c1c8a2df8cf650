namespace KyCuong.Web.Modules.Organisation.ManageDelegations;

internal sealed record CreateDelegationRequest(Guid? GranteeUserId, Guid? UnitId, IReadOnlyList<string>? Scope, DateOnly? ValidFrom, DateOnly? ValidTo, string? Reason, string? DocumentReference);

internal sealed record DelegationDto(Guid Id, Guid GrantorUserId, string GrantorName, Guid GranteeUserId, string GranteeName, Guid UnitId, string UnitName,
    IReadOnlyList<string> Scope, DateOnly ValidFrom, DateOnly ValidTo, string Reason, string? DocumentReference, bool Active);
