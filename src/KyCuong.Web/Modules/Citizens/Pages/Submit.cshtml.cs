using KyCuong.Web.Modules.Citizens.PersonalData;
using KyCuong.Web.Modules.Citizens.SubmitFeedback;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>
/// The public form (/gop-y), no account: purpose of processing shown before sending, the body chosen from the organisation,
/// the other legal track for complaints and denunciations explained (docs/domain.md "Citizens"). The post goes through the
/// same handler as the API and its per-address submission limit.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CitizensModule.LookupPolicy)]
internal sealed class SubmitModel(SubmitFeedbackHandler handler, PageSubmissionLimiter limiter, IUnitDirectory units, TimeProvider clock) : PageModel
{
    public const string Purpose = PersonalDataHandler.Purpose;

    [BindProperty] public string Kind { get; set; } = "reflection";
    [BindProperty] public Guid? UnitId { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? FeedbackContent { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public IReadOnlyList<UnitDto> Bodies { get; private set; } = [];

    public string? Error { get; private set; }

    public string? TrackingCode { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await BodiesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Bodies = await BodiesAsync(ct);
        if (!Consent)
        {
            Error = "Hãy xác nhận đã đọc mục đích xử lý dữ liệu cá nhân.";
            return Page();
        }

        if (!limiter.TryAcquire(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = "Địa chỉ của bạn đã gửi quá nhiều phản ánh, kiến nghị; hãy thử lại sau một giờ.";
            return Page();
        }

        try
        {
            var created = await handler.HandleAsync(new SubmitFeedbackRequest(Kind, Subject, FeedbackContent, new SubmitterRequest(Name, Phone, Email),
                new AboutRequest(UnitId, null)), ct);
            TrackingCode = created.TrackingCode;
        }
        catch (RequestValidationException e)
        {
            Error = PageErrors.Of(e);
        }

        return Page();
    }

    private async Task<IReadOnlyList<UnitDto>> BodiesAsync(CancellationToken ct)
    {
        var today = Platform.Time.VietnamTime.Today(clock);
        return [.. (await units.ListAsync(ct))
            .Where(u => SubmitFeedbackHandler.IsPublicBody(u) && u.ParentId is not null && (u.ValidTo is null || u.ValidTo >= today) && (u.ValidFrom is null || u.ValidFrom <= today))
            .OrderBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))];
    }
}
