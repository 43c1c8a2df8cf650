using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>What the navigation shows for the signed-in person.</summary>
internal sealed class LayoutModel(ICurrentUser currentUser, IAccessControl access, ICallerPlace place)
{
    public sealed record NavState(bool SignedIn, string FullName, bool CanManageUsers, bool CanManageCalendar);

    public async Task<NavState> LoadAsync(CancellationToken ct)
    {
        if (currentUser.UserId is null)
        {
            return new NavState(false, "", false, false);
        }

        // The name comes with the grants' load (one read of the account per request).
        var name = await place.FullNameAsync(ct) ?? currentUser.UserName ?? "";
        return new NavState(true, name, await access.HasAnywhereAsync(Permission.ManageUsers, ct), await access.HasAnywhereAsync(Permission.ManageCalendar, ct));
    }
}
