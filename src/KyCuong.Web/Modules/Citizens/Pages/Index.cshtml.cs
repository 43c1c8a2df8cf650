using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Citizens.ListFeedback;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>The receiving office's and handling units' list (/Citizens): only items in the caller's scope (FeedbackAccess).</summary>
internal sealed class IndexModel(ListFeedbackHandler list, IUnitDirectory units) : PageModel
{
    public IReadOnlyList<FeedbackListItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<Guid, UnitDto> Units { get; private set; } = new Dictionary<Guid, UnitDto>();

    public string? Status { get; private set; }

    public async Task OnGetAsync(string? status, CancellationToken ct)
    {
        Status = status is FeedbackStatus.Received or FeedbackStatus.InProgress or FeedbackStatus.Answered or FeedbackStatus.Forwarded or FeedbackStatus.Refused
            ? status : null;
        Items = await list.HandleAsync(Status, 200, ct);
        Units = await units.FindManyAsync(Items.Select(i => i.BodyUnitId).Distinct().ToList(), ct);
    }
}
