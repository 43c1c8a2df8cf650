using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Notifications.Inbox;

/// <summary>A person's own inbox: list (unread first), counts, mark one or all read. Another person's entry answers 404.</summary>
internal sealed class InboxHandler(AppDbContext db, ICurrentUser currentUser, UnreadCounter unread, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private Guid Me => currentUser.UserId ?? throw new ForbiddenException("Cần đăng nhập. / Sign-in required.");

    public async Task<InboxPage> ListAsync(bool unreadOnly, int page, int pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(page >= 1, "page", "Số trang phải từ 1. / page must be at least 1.")
            .Check(pageSize is >= 1 and <= MaxPageSize, "pageSize", $"Cỡ trang phải từ 1 đến {MaxPageSize}. / pageSize must be between 1 and {MaxPageSize}.")
            .ThrowIfInvalid();
        var me = Me;
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == me);
        var unreadCount = await mine.CountAsync(n => n.ReadAtUtc == null, ct);
        var query = unreadOnly ? mine.Where(n => n.ReadAtUtc == null) : mine;
        var total = unreadOnly ? unreadCount : await mine.CountAsync(ct);
        var rows = await query
            .OrderBy(n => n.ReadAtUtc != null).ThenByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return new InboxPage(rows.Select(ToItem).ToList(), total, unreadCount, page, pageSize);
    }

    public async Task<UnreadCount> UnreadAsync(CancellationToken ct) => new(await unread.CountAsync(Me, ct));

    public async Task<MarkReadResponse> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var me = Me;
        var notice = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientUserId == me, ct)
            ?? throw new NotFoundException("Không tìm thấy thông báo. / Notification not found.");
        var marked = notice.ReadAtUtc is null ? 1 : 0;
        notice.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await unread.PushAsync(me, ct);
        return new MarkReadResponse(marked, await unread.CountAsync(me, ct));
    }

    public async Task<MarkReadResponse> MarkAllReadAsync(CancellationToken ct)
    {
        var me = Me;
        var now = clock.GetUtcNow().UtcDateTime;

        // One statement, so entries arriving meanwhile stay unread rather than being lost in a read-modify-write.
        var marked = await db.Notifications.Where(n => n.RecipientUserId == me && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        await unread.PushAsync(me, ct);
        return new MarkReadResponse(marked, await unread.CountAsync(me, ct));
    }

    public static NotificationItem ToItem(Notification n) => new(
        n.Id, n.Category, CategoryNames.Vietnamese(n.Category), n.Subject, n.Body, n.Link,
        VietnamTime.ToVietnam(n.CreatedAtUtc), n.ReadAtUtc is { } r ? VietnamTime.ToVietnam(r) : null, n.ReadAtUtc is not null);
}
