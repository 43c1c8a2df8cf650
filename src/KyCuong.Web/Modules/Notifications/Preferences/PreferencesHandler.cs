using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Notifications.Preferences;

/// <summary>
/// <c>{"emailMode","categories"}</c>: the default mode (<c>immediate</c>, <c>digest</c> or <c>none</c>) and, optionally, a mode
/// per category (<c>{"handOff":"immediate","reminder":"digest"}</c>; a null mode gives the category back to the default).
/// Without <c>categories</c> the categories set apart are kept as they are.
/// </summary>
internal sealed record PreferencesRequest(string? EmailMode, IReadOnlyDictionary<string, string?>? Categories = null);

/// <summary>One category: its name, the mode that applies to it and whether it is set apart from the default.</summary>
internal sealed record CategoryPreference(string Category, string Name, string EmailMode, bool Own);

/// <summary>The person's default e-mail mode, every category's mode, and whether their account has an address to send to.</summary>
internal sealed record PreferencesResponse(string EmailMode, bool HasEmail, IReadOnlyList<CategoryPreference> Categories);

/// <summary>A person's own e-mail modes: a default (immediate unless chosen otherwise) and any category set apart.</summary>
internal sealed class PreferencesHandler(AppDbContext db, ICurrentUser currentUser, RecipientLookup recipients, AuditLog audit, TimeProvider clock)
{
    private Guid Me => currentUser.UserId ?? throw new ForbiddenException("Cần đăng nhập. / Sign-in required.");

    public async Task<PreferencesResponse> GetAsync(CancellationToken ct)
    {
        var recipient = await recipients.FindAsync(Me, ct);
        var mode = recipient?.EmailMode ?? EmailMode.Immediate;
        var own = NotificationPreference.ParseOverrides(recipient?.CategoryModes);
        var categories = CategoryNames.All
            .Select(c => new CategoryPreference(c, CategoryNames.Vietnamese(c), own.GetValueOrDefault(c, mode), own.ContainsKey(c)))
            .ToList();
        return new PreferencesResponse(mode, recipient?.CanReceiveEmail == true, categories);
    }

    public async Task<PreferencesResponse> SetAsync(PreferencesRequest request, CancellationToken ct)
    {
        var mode = request.EmailMode?.Trim();
        var validator = new Validator().Check(EmailMode.IsValid(mode), "emailMode",
            "Chế độ nhận thư phải là immediate, digest hoặc none. / emailMode must be immediate, digest or none.");
        foreach (var (category, categoryMode) in request.Categories ?? new Dictionary<string, string?>())
        {
            validator.Check(CategoryNames.IsKnown(category), $"categories.{category}",
                    $"Không có loại thông báo \"{category}\". / Unknown notice category \"{category}\".")
                .Check(categoryMode is null || EmailMode.IsValid(categoryMode.Trim()), $"categories.{category}",
                    "Chế độ nhận thư của mỗi loại phải là immediate, digest, none hoặc null (theo mặc định). / A category's mode must be immediate, digest, none or null (the default).");
        }

        validator.ThrowIfInvalid();
        var me = Me;
        var now = clock.GetUtcNow().UtcDateTime;
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == me, ct);
        var before = new { emailMode = preference?.EmailMode ?? EmailMode.Immediate, categories = preference?.CategoryModes };
        if (preference is null)
        {
            preference = new NotificationPreference(me, mode!, now);
            db.NotificationPreferences.Add(preference);
        }
        else
        {
            preference.Change(mode!, now);
        }

        if (request.Categories is { } asked)
        {
            var own = preference.Overrides.ToDictionary(StringComparer.Ordinal);
            foreach (var (category, categoryMode) in asked)
            {
                if (categoryMode is null)
                {
                    own.Remove(category);
                }
                else
                {
                    own[category] = categoryMode.Trim();
                }
            }

            preference.SetOverrides(own, now);
        }

        var after = new { emailMode = preference.EmailMode, categories = preference.CategoryModes };
        if (before.emailMode != after.emailMode || before.categories != after.categories)
        {
            audit.Record("notification.preference", me, "emailModeChanged", new { before, after });
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }
}
