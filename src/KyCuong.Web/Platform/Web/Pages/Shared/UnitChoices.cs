using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>The units in force where the caller holds a permission, as choices for a form's select.</summary>
public static class UnitChoices
{
    public static async Task<List<SelectListItem>> InScopeAsync(AppDbContext db, IAccessControl access, Permission permission, CancellationToken ct, Guid? except = null)
    {
        var scope = await access.ScopeAsync(permission, ct);
        var q = db.Units.AsNoTracking().Where(u => u.ValidTo == null);
        if (scope is not null)
        {
            q = q.Where(u => scope.Contains(u.Id));
        }

        if (except is { } id)
        {
            q = q.Where(u => u.Id != id);
        }

        return await q.OrderBy(u => u.Name).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync(ct);
    }
}
