using System.Text.Json;
using KyCuong.Web.Modules.OneStop.ServiceIndex;
using KyCuong.Web.Modules.Organisation.Contracts;
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
