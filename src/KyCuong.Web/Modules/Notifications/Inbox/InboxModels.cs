namespace KyCuong.Web.Modules.Notifications.Inbox;

/// <summary>One inbox entry as the API and pages show it (instants in Vietnam time).</summary>
internal sealed record NotificationItem(
    Guid Id, string Category, string CategoryName, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, bool Read);

/// <summary><c>{"items":[…],"total","unread","page","pageSize"}</c>.</summary>
internal sealed record InboxPage(IReadOnlyList<NotificationItem> Items, int Total, int Unread, int Page, int PageSize);

/// <summary><c>{"unread"}</c>.</summary>
internal sealed record UnreadCount(int Unread);

/// <summary>Answer of the mark-read actions: how many entries changed and the unread count now.</summary>
internal sealed record MarkReadResponse(int Marked, int Unread);
