using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.GetUnit;

internal sealed record UnitDetails(UnitDto Unit, IReadOnlyList<UnitDto> Ancestors, IReadOnlyList<UnitDto> Children,
    IReadOnlyList<SuccessionDto> Predecessors, IReadOnlyList<SuccessionDto> Successors, IReadOnlyList<MemberDto> Members);

internal sealed record SuccessionDto(Guid UnitId, string UnitName, SuccessionKind Kind, DateOnly EffectiveOn, string? LegalBasis);

/// <summary><see cref="UserName"/> only for those who administer the unit's accounts (null otherwise).</summary>
internal sealed record MemberDto(Guid UserId, string FullName, string? UserName, string Title, IReadOnlyList<string> Roles);
