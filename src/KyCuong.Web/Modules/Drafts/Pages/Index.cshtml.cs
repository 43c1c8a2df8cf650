using KyCuong.Web.Modules.Drafts.ListDrafts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Drafts.Pages;

/// <summary>"Dự thảo văn bản đi": the drafts of the units the person sees (the same handler as GET /api/v1/drafts), latest change first.</summary>
internal sealed class IndexModel(ListDraftsHandler list, IUnitDirectory units, IAccessControl access) : PageModel
{
    public Paged<DraftListItem> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyDictionary<Guid, UnitDto> Units { get; private set; } = new Dictionary<Guid, UnitDto>();

    public bool CanDraft { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(string? status, int? p, CancellationToken ct)
    {
        Status = status is Domain.Draft.Editing or Domain.Draft.Issued ? status : null;
        Result = await list.HandleAsync(null, Status, Math.Max(1, p ?? 1), Paging.DefaultPageSize, ct);
        Units = await units.FindManyAsync(Result.Items.Select(i => i.UnitId).Distinct().ToList(), ct);
        CanDraft = await access.HasAnywhereAsync(Permission.HandleWork, ct);
    }
}
