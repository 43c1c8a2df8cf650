using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>The units in force where the caller holds a permission, as choices for a form's select (read through the Organisation contract).</summary>
internal sealed class UnitChoices(IUnitDirectory units, IAccessControl access)
{
    public async Task<List<SelectListItem>> InScopeAsync(Permission permission, CancellationToken ct, Guid? except = null)
    {
        var scope = await access.ScopeAsync(permission, ct);
        var all = await units.ListAsync(ct);
        return all.Where(u => u.ValidTo == null && (scope is null || scope.Contains(u.Id)) && u.Id != except)
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString()))
            .ToList();
    }
}
