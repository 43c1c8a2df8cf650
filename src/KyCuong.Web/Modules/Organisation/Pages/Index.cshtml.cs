using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.ListUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Organisation.Pages;

/// <summary>The organisation tree with its succession history (the directory every official may read).</summary>
internal sealed class IndexModel(ListUnitsHandler listUnits, IAccessControl access) : PageModel
{
    private List<UnitDto> _units = [];
    private ILookup<Guid?, UnitDto> _byParent = Array.Empty<UnitDto>().ToLookup(u => u.ParentId);

    [BindProperty(SupportsGet = true)]
    public bool ShowEnded { get; set; } = true;

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Request.Query.ContainsKey("showEnded") && Request.QueryString.HasValue)
        {
            ShowEnded = false;
        }

        _units = await listUnits.HandleAsync(ct);
        _byParent = _units.Where(u => ShowEnded || u.ValidTo == null).OrderBy(u => u.ValidTo != null).ThenBy(u => u.Kind).ThenBy(u => u.Name).ToLookup(u => u.ParentId);
        CanManage = await access.HasAnywhereAsync(Permission.ManageOrganisation, ct);
    }

    public IEnumerable<UnitDto> Children(Guid? parentId) => _byParent[parentId];

    public string NameOf(Guid id) => _units.FirstOrDefault(u => u.Id == id)?.Name ?? "";
}
