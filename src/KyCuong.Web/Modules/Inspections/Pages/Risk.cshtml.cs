using KyCuong.Web.Modules.Inspections.RiskRanking;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>"Xếp hạng rủi ro": the ranking of the units under a unit the person may order checks for, and the seeded weighted draw.</summary>
internal sealed class RiskModel(RiskRankingHandler handler, UnitChoices unitChoices, ICurrentPerson me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public int? Size { get; set; } = 2;

    [BindProperty]
    public int? Seed { get; set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<RiskRankingItem> Ranking { get; private set; } = [];

    public SampleResponse? Sample { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Seed ??= Random.Shared.Next(1, 1_000_000);
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        await PageActions.TryAsync(ModelState, async () => Sample = await handler.SampleAsync(new SampleRequest(UnitId, Size, Seed), ct), prefix: "");
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var assign = await unitChoices.InScopeAsync(Permission.AssignWork, ct);
        var monitor = await unitChoices.InScopeAsync(Permission.Monitor, ct);
        Units = assign.Concat(monitor).DistinctBy(u => u.Value).OrderBy(u => u.Text, StringComparer.InvariantCulture).Take(3000).ToList();
        // By default the body the person leads or monitors for (their own position first), whose units are the ones to rank.
        if (UnitId is null)
        {
            var grants = (await me.GetAsync(ct)).Grants;
            UnitId = grants.OrderBy(g => g.ViaDelegation).Where(g => g.Permissions.Contains("assignWork") || g.Permissions.Contains("monitor"))
                .Select(g => (Guid?)g.UnitId).FirstOrDefault(id => Units.Any(u => u.Value == id.ToString()))
                ?? Units.Select(u => Guid.TryParse(u.Value, out var g) ? g : (Guid?)null).FirstOrDefault();
        }

        foreach (var u in Units)
        {
            u.Selected = u.Value == UnitId?.ToString();
        }

        if (UnitId is not null)
        {
            await PageActions.TryAsync(ModelState, async () => Ranking = await handler.HandleAsync(UnitId, ct), prefix: "");
        }
    }
}
