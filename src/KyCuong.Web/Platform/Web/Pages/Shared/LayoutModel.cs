using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>What the navigation shows for the signed-in person.</summary>
public sealed class LayoutModel(ICurrentUser currentUser, IAccessControl access, AppDbContext db)
{
    public sealed record NavState(bool SignedIn, string FullName, bool CanManageUsers, bool CanManageCalendar);

    public async Task<NavState> LoadAsync(CancellationToken ct)
    {
        if (currentUser.UserId is not { } id)
        {
            return new NavState(false, "", false, false);
        }

        var name = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? currentUser.UserName ?? "";
        return new NavState(true, name, await access.HasAnywhereAsync(Permission.ManageUsers, ct), await access.HasAnywhereAsync(Permission.ManageCalendar, ct));
    }
}
