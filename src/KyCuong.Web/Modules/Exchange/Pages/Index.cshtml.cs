using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.ListExchange;
using KyCuong.Web.Modules.Exchange.ReturnDocument;
using KyCuong.Web.Modules.Exchange.SendDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Exchange.Pages;

/// <summary>
/// "Văn bản → Liên thông (edXML)": the clerk's envelopes sent and received with their status timelines, and sending an issued
/// document to another agency by its code, and returning a received one with the reason (the same handlers as the API;
/// docs/domain.md "edXML exchange").
/// </summary>
internal sealed class IndexModel(ListExchangeHandler list, SendDocumentHandler send, ReturnDocumentHandler returning, IAgencyCodes codes, IDocumentDirectory directory)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "huong")]
    public string? Direction { get; set; }

    [BindProperty]
    public string? NumberSymbol { get; set; }

    [BindProperty]
    public string? ToAgencyCode { get; set; }

    public ExchangePage Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<AgencyUnit> Agencies { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The received message whose return failed, to show its form open with the reason typed.</summary>
    public Guid? FailedReturn { get; private set; }

    public string? PostedReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await list.MayUseAsync(ct))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await list.MayUseAsync(ct))
        {
            return Forbid();
        }

        try
        {
            var wanted = (NumberSymbol ?? "").Trim();
            if (wanted.Length == 0)
            {
                throw RequestValidationException.For("numberSymbol", "Nhập số, ký hiệu của văn bản đi cần gửi (ví dụ 05/UBND-VP).");
            }

            var hits = (await directory.SearchOutgoingAsync(wanted, 20, ct))
                .Where(d => string.Equals(d.NumberSymbol, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            if (hits.Count != 1)
            {
                throw RequestValidationException.For("numberSymbol", hits.Count == 0
                    ? $"Không tìm thấy văn bản đi số “{wanted}” mà bạn được xem."
                    : $"Có {hits.Count} văn bản đi cùng số “{wanted}”; hãy gửi từ trang chi tiết của văn bản.");
            }

            var sent = await send.HandleAsync(new SendDocumentRequest(hits[0].Id, ToAgencyCode), ct);
            TempData["Message"] = $"Đã đưa văn bản {hits[0].NumberSymbol} vào hàng gửi liên thông. Trạng thái sẽ cập nhật khi cơ quan nhận phản hồi.";
            return RedirectToPage("/Exchange/Index", new { huong = "sent" });
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
        }
        catch (DomainException e)
        {
            Errors = new Dictionary<string, string[]> { ["form"] = [e.Message] };
        }
        catch (ForbiddenException e)
        {
            Errors = new Dictionary<string, string[]> { ["form"] = [e.Message] };
        }
        catch (NotFoundException e)
        {
            Errors = new Dictionary<string, string[]> { ["form"] = [e.Message] };
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The clerk of the receiving unit returns the document with the reason (status 02 goes back to the sender).</summary>
    public async Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!await list.MayUseAsync(ct))
        {
            return Forbid();
        }

        try
        {
            var returned = await returning.HandleAsync(id, new ReturnDocumentRequest(reason), ct);
            TempData["Message"] = $"Đã trả lại văn bản {returned.NumberSymbol ?? returned.Subject} cho {returned.From.Name}; trạng thái “Trả lại” đã được gửi về cơ quan gửi.";
            return RedirectToPage("/Exchange/Index", new { huong = "received" });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors.ToDictionary(x => "return-" + x.Key, x => x.Value, StringComparer.Ordinal);
        }
        catch (DomainException e)
        {
            Errors = new Dictionary<string, string[]> { ["form"] = [e.Message] };
        }

        FailedReturn = id;
        PostedReason = reason;
        Direction = "received";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Result = await list.ListAsync(Direction, Math.Max(1, PageNumber), 20, ct);
        Agencies = await codes.ListAsync(ct);
    }
}
