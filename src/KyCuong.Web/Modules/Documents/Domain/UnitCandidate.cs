namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>A unit of the organisation directory as the matcher sees it.</summary>
internal sealed record UnitCandidate(Guid Id, string Name, string ShortName, Guid? ParentId, bool InForce);
