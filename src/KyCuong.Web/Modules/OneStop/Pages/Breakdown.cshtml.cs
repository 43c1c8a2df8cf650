using KyCuong.Web.Modules.OneStop.Breakdown;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>On-time rate per procedure and per step, and the dossiers of one procedure (the same handler as the API).</summary>
internal sealed class BreakdownModel(OneStopBreakdownHandler handler, IAccessControl access, IUnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? ProcedureCode { get; set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public OneStopBreakdown? Result { get; private set; }

    public string? Error { get; private set; }

    public string Link(string? procedureCode) =>
        $"/OneStop/Breakdown?UnitId={UnitId}&From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}" + (procedureCode is null ? "" : "&ProcedureCode=" + Uri.EscapeDataString(procedureCode));

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
        (Result, Error) = await UnitAndPeriod.RunAsync(() => handler.HandleAsync(id, choice.From, choice.To, ProcedureCode, ct));
    }
}
