using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Drafts;

/// <summary>
/// The issuer of a unit's drafts and the names of its heading (NĐ 30/2020 Phụ lục I §II.2, docs/domain.md "Drafts"): a division
/// (phòng) or office drafts for the body it belongs to, which issues and numbers; any other unit issues itself. The body above
/// the issuer is printed over it unless that is the Government itself; the place is the province or city in the names up the tree,
/// "Hà Nội" for central bodies.
/// </summary>
internal sealed class DraftHeadings(IUnitDirectory units)
{
    public const string CentralPlace = "Hà Nội";

    public async Task<UnitDto> IssuerOfAsync(UnitDto unit, CancellationToken ct) =>
        unit.Kind is UnitKind.Division or UnitKind.Office && unit.ParentId is { } parent && await units.FindAsync(parent, ct) is { } body ? body : unit;

    public async Task<DraftHeading> ForAsync(Guid unitId, Guid issuerUnitId, CancellationToken ct)
    {
        var all = (await units.ListAsync(ct)).ToDictionary(u => u.Id);
        var unit = all[unitId];
        var issuer = all[issuerUnitId];
        var above = issuer.ParentId is { } p && all.TryGetValue(p, out var parent) && parent.Kind != UnitKind.Government ? parent.Name : null;
        string? place = null;
        for (UnitDto? u = issuer; u is not null && place is null; u = u.ParentId is { } up ? all.GetValueOrDefault(up) : null)
        {
            place = DraftLayout.PlaceOf(u.Name);
        }

        return new DraftHeading(above, issuer.Name, issuer.ShortName, unit.ShortName, unit.Id == issuer.Id, place ?? CentralPlace);
    }
}
