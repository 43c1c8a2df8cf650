using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Citizens.TrackFeedback;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>Status by tracking code (/gop-y/tra-cuu), posted so the code stays out of addresses and logs; rating of a published answer.</summary>
[AllowAnonymous]
[EnableRateLimiting(CitizensModule.LookupPolicy)]
internal sealed class TrackModel(TrackFeedbackHandler handler) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public int? Stars { get; set; }

    public PublicFeedbackStatus? Status { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        try
        {
            await handler.RateAsync(Code ?? "", new RateRequest(Stars), ct);
            Message = "Cảm ơn ông/bà đã đánh giá câu trả lời.";
        }
        catch (Exception e) when (e is RequestValidationException or DomainException or NotFoundException)
        {
            Error = PageErrors.Of(e);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Status = await handler.HandleAsync(Code ?? "", ct);
        }
        catch (NotFoundException)
        {
            Error = "Không tìm thấy mã tra cứu. Hãy kiểm tra lại mã (12 ký tự).";
        }
    }

    public static string StatusLabel(string status) => status switch
    {
        FeedbackStatus.Received => "Đã tiếp nhận, đang xem xét",
        FeedbackStatus.InProgress => "Đang xử lý",
        FeedbackStatus.Answered => "Đã trả lời",
        FeedbackStatus.Forwarded => "Đã chuyển cơ quan có thẩm quyền",
        FeedbackStatus.Refused => "Không tiếp nhận xử lý",
        _ => status,
    };
}
