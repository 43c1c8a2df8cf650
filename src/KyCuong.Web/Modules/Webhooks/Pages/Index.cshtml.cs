using KyCuong.Web.Modules.Webhooks.CreateWebhook;
using KyCuong.Web.Modules.Webhooks.ListWebhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Webhooks.Pages;

/// <summary>"Webhook": a body's administrators list their subscriptions and add one (the same handlers as the API).</summary>
internal sealed class IndexModel(ListWebhooksHandler list, CreateWebhookHandler create, WebhookAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public List<string> Events { get; set; } = [];

    [BindProperty]
    public string? Secret { get; set; }

    public WebhookPage Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((await access.BodiesAsync(ct)).Count == 0)
        {
            return Forbid();
        }

        Result = await list.ListAsync(Math.Max(1, PageNumber), 20, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((await access.BodiesAsync(ct)).Count == 0)
        {
            return Forbid();
        }

        try
        {
            var created = await create.HandleAsync(new CreateWebhookRequest(Address, Events, Secret), ct);
            TempData["Message"] = "Đã đăng ký. Sự kiện mới sẽ được gửi tới địa chỉ này; lưu khóa bí mật ở hệ thống nhận, trang này không hiển thị lại.";
            return RedirectToPage("/Webhooks/Details", new { id = created.Id });
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
            Result = await list.ListAsync(1, 20, ct);
            return Page();
        }
    }
}
