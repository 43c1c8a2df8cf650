using KyCuong.Web.Modules.OneStop.Summary;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
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
        Units = await PageSupport.UnitsWhereAsync(access, units, [Permission.ViewWork], ct);
        if (Units.Count == 0)
        {
            return;
        }

        // The widest unit the caller sees comes first by default: the one whose parent is outside the list.
        var ids = Units.Select(u => u.Id).ToHashSet();
        UnitId ??= (Units.FirstOrDefault(u => u.ParentId is null) ?? Units.FirstOrDefault(u => u.ParentId is { } p && !ids.Contains(p)) ?? Units[0]).Id;
        var today = clock.Today();
        To ??= today;
        From ??= new DateOnly(To.Value.Year, 1, 1);
        try
        {
            Result = await handler.HandleAsync(UnitId.Value, From, To, ct);
        }
        catch (Exception e) when (e is RequestValidationException or NotFoundException)
        {
            Error = PageSupport.ErrorOf(e);
        }
    }
}
