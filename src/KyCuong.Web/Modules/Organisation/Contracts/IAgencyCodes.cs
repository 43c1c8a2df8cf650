namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>
/// Units by their national agency identifier code (mã định danh, QCVN 102:2016/BTTTT; Quyết định 20/2020/QĐ-TTg), the address of
/// an agency in the edXML exchange (docs/domain.md "edXML exchange").
/// </summary>
public interface IAgencyCodes
{
    /// <summary>The unit with this agency code (compared without case), or null.</summary>
    Task<AgencyUnit?> FindAsync(string agencyCode, CancellationToken ct);

    /// <summary>The agency codes of these units that have one, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, AgencyUnit>> OfUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct);

    /// <summary>Every unit with an agency code, by name (the recipients a clerk may pick).</summary>
    Task<IReadOnlyList<AgencyUnit>> ListAsync(CancellationToken ct);
}

public sealed record AgencyUnit(Guid UnitId, string AgencyCode, string Name);
