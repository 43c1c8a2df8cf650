using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.GetUnit;

public sealed record UnitDetails(UnitDto Unit, IReadOnlyList<UnitDto> Ancestors, IReadOnlyList<UnitDto> Children,
    IReadOnlyList<SuccessionDto> Predecessors, IReadOnlyList<SuccessionDto> Successors, IReadOnlyList<MemberDto> Members);

public sealed record SuccessionDto(Guid UnitId, string UnitName, SuccessionKind Kind, DateOnly EffectiveOn, string? LegalBasis);

/// <summary><see cref="UserName"/> only for those who administer the unit's accounts (null otherwise).</summary>
public sealed record MemberDto(Guid UserId, string FullName, string? UserName, string Title, IReadOnlyList<string> Roles);
