using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Citizens.ListFeedback;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>The receiving office's and handling units' list (/Citizens): only items in the caller's scope (FeedbackAccess).</summary>
internal sealed class IndexModel(ListFeedbackHandler list, IUnitDirectory units) : PageModel
{
    public IReadOnlyList<FeedbackListItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<Guid, UnitDto> Units { get; private set; } = new Dictionary<Guid, UnitDto>();

    public string? Status { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Total { get; private set; }

    public async Task OnGetAsync(string? status, int? p, CancellationToken ct)
    {
        Status = status is FeedbackStatus.Received or FeedbackStatus.InProgress or FeedbackStatus.Answered or FeedbackStatus.Forwarded or FeedbackStatus.Refused
            ? status : null;
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);
        var page = await list.HandleAsync(Status, PageNumber, Paging.MaxPageSize, ct);
        Items = page.Items;
        Total = page.Total;
        PageCount = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        Units = await units.FindManyAsync(Items.Select(i => i.BodyUnitId).Distinct().ToList(), ct);
    }

    public string PageLink(int page) => "/Citizens?" + (Status is null ? "" : "status=" + Status + "&") + "p=" + page;
}
