using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Outbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Web.Pages.Admin.Outbox;

/// <summary>Administrators: pending and failed side effects (notices, e-mails) with their errors, and "Gửi lại" for failed ones.</summary>
internal sealed class IndexModel(OutboxAdmin outbox, IAccessControl access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool FailedOnly { get; set; }

    public OutboxAdmin.Counts Counts { get; private set; } = new(0, 0, 0, 0, 0);

    public IReadOnlyList<OutboxMessage> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            return Forbid();
        }

        Counts = await outbox.CountAsync(ct);
        (Items, Total) = await outbox.ListAsync(FailedOnly, Math.Max(1, PageNumber), PageSize, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            return Forbid();
        }

        TempData["Message"] = await outbox.RetryAsync(id, ct)
            ? "Đã đưa thông điệp vào hàng đợi gửi lại; nó sẽ được xử lý ở lần chạy tác vụ nền kế tiếp."
            : "Thông điệp này không còn ở trạng thái lỗi.";
        return RedirectToPage(new { failedOnly = FailedOnly });
    }
}
