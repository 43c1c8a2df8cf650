using KyCuong.Web.Modules.Webhooks.DeleteWebhook;
using KyCuong.Web.Modules.Webhooks.ListDeliveries;
using KyCuong.Web.Modules.Webhooks.ListWebhooks;
using KyCuong.Web.Modules.Webhooks.ReplayDelivery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Webhooks.Pages;

/// <summary>One subscription: its delivery log with every attempt, "Gửi lại" per delivery, resume and delete (the API's handlers).</summary>
internal sealed class DetailsModel(ListWebhooksHandler webhooks, ListDeliveriesHandler deliveries, ReplayDeliveryHandler replay, DeleteWebhookHandler delete)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public WebhookDto Webhook { get; private set; } = null!;

    public DeliveryPage Log { get; private set; } = new([], 1, 20, 0);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => Guarded(async () =>
    {
        Webhook = await webhooks.GetAsync(Id, ct);
        Log = await deliveries.HandleAsync(Id, null, Math.Max(1, PageNumber), 20, ct);
        return Page();
    });

    public Task<IActionResult> OnPostReplayAsync(Guid deliveryId, CancellationToken ct) => Guarded(async () =>
    {
        try
        {
            await replay.HandleAsync(Id, deliveryId, ct);
            TempData["Message"] = "Đã đưa lượt gửi vào hàng đợi; nó sẽ được gửi ở lần chạy tác vụ nền kế tiếp.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }

        return RedirectToPage("/Webhooks/Details", new { id = Id });
    });

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) => Guarded(async () =>
    {
        await delete.EnableAsync(Id, ct);
        TempData["Message"] = "Đã bật lại đăng ký.";
        return RedirectToPage("/Webhooks/Details", new { id = Id });
    });

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => Guarded(async () =>
    {
        await delete.DeleteAsync(Id, ct);
        TempData["Message"] = "Đã hủy đăng ký và nhật ký gửi của nó.";
        return RedirectToPage("/Webhooks/Index");
    });

    private async Task<IActionResult> Guarded(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
