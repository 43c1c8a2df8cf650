using KyCuong.Web.Modules.Notifications.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Notifications.Pages;

/// <summary>"Thông báo": my inbox, unread first, paged; open, mark one read, mark all read.</summary>
internal sealed class IndexModel(InboxHandler inbox) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool UnreadOnly { get; set; }

    public InboxPage Result { get; private set; } = new([], 0, 0, 1, PageSize);

    public int Pages => Math.Max(1, (int)Math.Ceiling(Result.Total / (double)PageSize));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await inbox.ListAsync(UnreadOnly, Math.Max(1, PageNumber), PageSize, ct);
    }

    /// <summary>Marks the notice read, then goes to its item (only links inside this site).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        await inbox.MarkReadAsync(id, ct);
        var page = await inbox.ListAsync(false, 1, InboxHandler.MaxPageSize, ct);
        var link = page.Items.FirstOrDefault(i => i.Id == id)?.Link;
        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage(new { p = PageNumber, unreadOnly = UnreadOnly });
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        await inbox.MarkReadAsync(id, ct);
        return RedirectToPage(new { p = PageNumber, unreadOnly = UnreadOnly });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var result = await inbox.MarkAllReadAsync(ct);
        TempData["Message"] = $"Đã đánh dấu {result.Marked} thông báo là đã đọc.";
        return RedirectToPage(new { unreadOnly = UnreadOnly });
    }
}
