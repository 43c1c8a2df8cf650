using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>A person's name, e-mail address and e-mail mode (immediate unless they chose otherwise).</summary>
internal sealed class RecipientLookup(AppDbContext db, IContactDirectory contacts, IOptions<SmtpOptions> smtp)
{
    public sealed record Recipient(Guid UserId, string FullName, string? Email, bool IsActive, string EmailMode)
    {
        public bool CanReceiveEmail => IsActive && !string.IsNullOrWhiteSpace(Email);
    }

    public bool SmtpEnabled => smtp.Value.Enabled;

    public async Task<Recipient?> FindAsync(Guid userId, CancellationToken ct)
    {
        var found = await contacts.ContactsAsync([userId], ct);
        if (!found.TryGetValue(userId, out var contact))
        {
            return null;
        }

        var mode = await ModeAsync(userId, ct);
        return new Recipient(userId, contact.FullName, contact.Email, contact.IsActive, mode);
    }

    public async Task<string> ModeAsync(Guid userId, CancellationToken ct) =>
        await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.EmailMode).FirstOrDefaultAsync(ct)
        ?? EmailMode.Immediate;
}
