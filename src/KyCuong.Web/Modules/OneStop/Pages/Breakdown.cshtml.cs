using KyCuong.Web.Modules.OneStop.Breakdown;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
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
        Units = await PageSupport.UnitsWhereAsync(access, units, [Permission.ViewWork], ct);
        if (Units.Count == 0)
        {
            return;
        }

        var ids = Units.Select(u => u.Id).ToHashSet();
        UnitId ??= (Units.FirstOrDefault(u => u.ParentId is null) ?? Units.FirstOrDefault(u => u.ParentId is { } p && !ids.Contains(p)) ?? Units[0]).Id;
        var today = clock.Today();
        To ??= today;
        From ??= new DateOnly(To.Value.Year, 1, 1);
        try
        {
            Result = await handler.HandleAsync(UnitId.Value, From, To, ProcedureCode, ct);
        }
        catch (Exception e) when (e is RequestValidationException or NotFoundException)
        {
            Error = PageSupport.ErrorOf(e);
        }
    }
}
