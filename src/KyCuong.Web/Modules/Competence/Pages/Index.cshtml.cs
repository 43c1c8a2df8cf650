using KyCuong.Web.Modules.Competence.ManageEntries;
using KyCuong.Web.Modules.Competence.ManageMatters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Competence.Pages;

/// <summary>The competence catalogue, read-only (docs/domain.md §9): public law that every official may read.</summary>
internal sealed class IndexModel(ManageMattersHandler matters, ManageEntriesHandler entries) : PageModel
{
    public IReadOnlyList<MatterItem> Matters { get; private set; } = [];

    public ILookup<string, EntryItem> EntriesByMatter { get; private set; } = Array.Empty<EntryItem>().ToLookup(e => e.MatterCode);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Matters = await matters.ListAsync(ct);
        EntriesByMatter = (await entries.ListAsync(null, null, ct)).ToLookup(e => e.MatterCode);
    }
}
