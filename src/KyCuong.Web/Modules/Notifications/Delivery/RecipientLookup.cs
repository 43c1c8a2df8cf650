using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>A person's name, e-mail address and e-mail modes (immediate unless they chose otherwise, per category if they set one apart).</summary>
internal sealed class RecipientLookup(AppDbContext db, IContactDirectory contacts, IOptions<SmtpOptions> smtp)
{
    internal sealed record Recipient(Guid UserId, string FullName, string? Email, bool IsActive, string EmailMode, string? CategoryModes = null)
    {
        public bool CanReceiveEmail => IsActive && !string.IsNullOrWhiteSpace(Email);

        /// <summary>The mode for a notice of <paramref name="category"/>: the category's own, else the default.</summary>
        public string ModeFor(string category) => NotificationPreference.ModeFor(EmailMode, CategoryModes, category);
    }

    public bool SmtpEnabled => smtp.Value.Enabled;

    public async Task<Recipient?> FindAsync(Guid userId, CancellationToken ct)
    {
        var found = await contacts.ContactsAsync([userId], ct);
        if (!found.TryGetValue(userId, out var contact))
        {
            return null;
        }

        var preference = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.EmailMode, p.CategoryModes }).FirstOrDefaultAsync(ct);
        return new Recipient(userId, contact.FullName, contact.Email, contact.IsActive, preference?.EmailMode ?? EmailMode.Immediate, preference?.CategoryModes);
    }

    /// <summary>The people among <paramref name="userIds"/> who exist, in two reads whatever their number (the notices' batches).</summary>
    public async Task<IReadOnlyDictionary<Guid, Recipient>> FindManyAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Recipient>();
        }

        var found = await contacts.ContactsAsync(ids, ct);
        var known = found.Keys.ToList();
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => known.Contains(p.UserId))
            .Select(p => new { p.UserId, p.EmailMode, p.CategoryModes }).ToDictionaryAsync(p => p.UserId, ct);
        return found.Values.ToDictionary(c => c.UserId, c => preferences.TryGetValue(c.UserId, out var p)
            ? new Recipient(c.UserId, c.FullName, c.Email, c.IsActive, p.EmailMode, p.CategoryModes)
            : new Recipient(c.UserId, c.FullName, c.Email, c.IsActive, EmailMode.Immediate));
    }
}
