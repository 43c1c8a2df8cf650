using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.RecordSuccession;

/// <summary>
/// Merge, split or dissolve into existing successor(s) (<see cref="SuccessorIds"/>), or rename (<see cref="NewName"/>: a new unit
/// takes over from <see cref="EffectiveOn"/> and the in-force sub-units move under it).
/// </summary>
internal sealed record RecordSuccessionRequest(SuccessionKind? Kind, DateOnly? EffectiveOn, IReadOnlyList<Guid>? SuccessorIds,
    string? NewName, string? NewShortName, string? LegalBasis);
