using System.Text.Json;
using KyCuong.Web.Modules.OneStop.ServiceIndex;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>The 766 service index of a unit and its subtree, by group and month, with its trend chart (the same handler as the API).</summary>
internal sealed class ServiceIndexModel(ServiceIndexHandler handler, IAccessControl access, IUnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public ServiceIndexDto? Result { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The chart's data: month labels, the points of the measured groups and their maximum.</summary>
    public string TrendJson => Result is { } r
        ? JsonSerializer.Serialize(new { labels = r.Months.Select(m => m.Month), score = r.Months.Select(m => m.Score), max = r.Months.Select(m => m.MeasuredMax) })
        : "{}";

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
