using KyCuong.Web.Modules.Citizens.TrackFeedback;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>The published answers (/gop-y/tra-loi), newest first, without any sender.</summary>
[AllowAnonymous]
[EnableRateLimiting(CitizensModule.LookupPolicy)]
internal sealed class AnswersModel(TrackFeedbackHandler handler) : PageModel
{
    public IReadOnlyList<PublishedAnswer> Items { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var page = await handler.PublishedAsync(PageNumber, Paging.DefaultPageSize, ct);
        Items = page.Items;
        HasNext = (long)page.Page * page.PageSize < page.Total;
    }
}
