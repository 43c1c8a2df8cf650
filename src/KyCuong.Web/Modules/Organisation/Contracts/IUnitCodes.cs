namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>Units by the code an organisation import gave them (docs/domain.md "Onboarding"), for files that name units by code.</summary>
public interface IUnitCodes
{
    /// <summary>The ids of the units with these codes (compared without case); unknown codes are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);
}
