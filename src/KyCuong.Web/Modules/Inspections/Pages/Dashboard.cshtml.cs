using System.Text.Json;
using KyCuong.Web.Modules.Inspections.Dashboard;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>"Tổng hợp kiểm tra công vụ": the same handler as <c>GET /api/v1/inspections/dashboard</c>, for the body's leaders and monitors.</summary>
internal sealed class DashboardModel(InspectionDashboardHandler handler, UnitChoices unitChoices, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? BodyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public List<SelectListItem> Bodies { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public InspectionDashboard? Figures { get; private set; }

    /// <summary>The chart's data as a data attribute (no inline script under the content security policy).</summary>
    public string TopicsJson => JsonSerializer.Serialize(new
    {
        labels = Figures?.FindingsByTopic.Select(t => t.Topic) ?? [],
        counts = Figures?.FindingsByTopic.Select(t => t.Count) ?? [],
    });

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " %" : "—";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var assign = await unitChoices.InScopeAsync(Permission.AssignWork, ct);
        var monitor = await unitChoices.InScopeAsync(Permission.Monitor, ct);
        var bodies = assign.Concat(monitor).DistinctBy(u => u.Value).OrderBy(u => u.Text, StringComparer.InvariantCulture).Take(3000).ToList();
        var today = clock.Today();
        Year ??= today.Year;
        Years = Enumerable.Range(today.Year - 4, 6).Reverse().ToList();
        if (BodyId is null && bodies.Count > 0)
        {
            BodyId = Guid.Parse(bodies[0].Value!);
        }

        Bodies = bodies.Select(u => new SelectListItem(u.Text, u.Value, u.Value == BodyId?.ToString())).ToList();
        if (BodyId is null)
        {
            return Page();
        }

        try
        {
            Figures = await handler.HandleAsync(BodyId, Year, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException)
        {
            return BadRequest();
        }

        return Page();
    }
}
