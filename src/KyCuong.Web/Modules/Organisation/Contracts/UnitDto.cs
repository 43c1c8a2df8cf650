namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>docs/api.md: <c>{"id","name","shortName","parentId","kind","validFrom","validTo","successorId"}</c>.</summary>
public sealed record UnitDto(Guid Id, string Name, string ShortName, Guid? ParentId, UnitKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo, Guid? SuccessorId);
