using KyCuong.Web.Modules.OneStop.Summary;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>On-time figures of a unit and its subtree over a period, and where the time was lost (the same handler as the API).</summary>
internal sealed class SummaryModel(OneStopSummaryHandler handler, IAccessControl access, IUnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public OneStopSummary? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var choice = await UnitAndPeriod.ChooseAsync(access, units, clock, UnitId, From, To, ct);
        Units = choice.Units;
        From = choice.From;
        To = choice.To;
        if (choice.UnitId is not { } id)
        {
            return;
        }

        UnitId = id;
        (Result, Error) = await UnitAndPeriod.RunAsync(() => handler.HandleAsync(id, choice.From, choice.To, ct));
    }
}
