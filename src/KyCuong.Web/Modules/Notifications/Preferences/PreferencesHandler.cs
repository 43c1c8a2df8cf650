using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Notifications.Preferences;

/// <summary><c>{"emailMode"}</c>: <c>immediate</c>, <c>digest</c> or <c>none</c>.</summary>
internal sealed record PreferencesRequest(string? EmailMode);

/// <summary>The person's e-mail mode and whether their account has an address to send to.</summary>
internal sealed record PreferencesResponse(string EmailMode, bool HasEmail);

/// <summary>A person's own e-mail mode (default immediate).</summary>
internal sealed class PreferencesHandler(AppDbContext db, ICurrentUser currentUser, RecipientLookup recipients, AuditLog audit, TimeProvider clock)
{
    private Guid Me => currentUser.UserId ?? throw new ForbiddenException("Cần đăng nhập. / Sign-in required.");

    public async Task<PreferencesResponse> GetAsync(CancellationToken ct)
    {
        var recipient = await recipients.FindAsync(Me, ct);
        return new PreferencesResponse(recipient?.EmailMode ?? EmailMode.Immediate, recipient?.CanReceiveEmail == true);
    }

    public async Task<PreferencesResponse> SetAsync(PreferencesRequest request, CancellationToken ct)
    {
        var mode = request.EmailMode?.Trim();
        new Validator().Check(EmailMode.IsValid(mode), "emailMode",
            "Chế độ nhận thư phải là immediate, digest hoặc none. / emailMode must be immediate, digest or none.").ThrowIfInvalid();
        var me = Me;
        var now = clock.GetUtcNow().UtcDateTime;
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == me, ct);
        var before = preference?.EmailMode ?? EmailMode.Immediate;
        if (preference is null)
        {
            db.NotificationPreferences.Add(new NotificationPreference(me, mode!, now));
        }
        else
        {
            preference.Change(mode!, now);
        }

        if (before != mode)
        {
            audit.Record("notification.preference", me, "emailModeChanged", new { before, after = mode });
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }
}
