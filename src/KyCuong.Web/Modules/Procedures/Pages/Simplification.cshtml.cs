using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.GetSimplificationPlan;
using KyCuong.Web.Modules.Procedures.SaveSimplificationPlan;
using KyCuong.Web.Modules.Procedures.SimplificationProgress;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Procedures.Pages;

/// <summary>The simplification plans the caller reads, a body's progress in a year, and a new plan (the API's handlers and access rules).</summary>
internal sealed class SimplificationModel(
    GetSimplificationPlanHandler plans, SimplificationProgressHandler progress, SaveSimplificationPlanHandler save, IAccessControl access, IUnitDirectory units,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Body { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public Guid? NewBody { get; set; }
    [BindProperty] public int? NewYear { get; set; }
    [BindProperty] public string? NewTitle { get; set; }

    public IReadOnlyList<SimplificationPlanSummary> Plans { get; private set; } = [];

    public SimplificationProgressDto? Progress { get; private set; }

    public IReadOnlyList<UnitDto> EditableBodies { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> ReadableBodies { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var created = await save.CreateAsync(new SimplificationPlanRequest(NewBody, NewYear, NewTitle, []), ct);
            TempData["Message"] = $"Đã lập kế hoạch năm {created.Year} của {created.BodyUnitName}.";
            return Redirect($"/Procedures/SimplificationPlan/{created.Id}");
        }
        catch (RequestValidationException e)
        {
            Error = "Chưa lập được kế hoạch: " + string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(m => m.Split(" / ")[0]).Distinct());
        }
        catch (DomainException e)
        {
            Error = e.Message.Split(" / ")[0];
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var year = Year ??= clock.Today().Year;
        Plans = (await plans.ListAsync(null, null, 1, GetSimplificationPlanHandler.MaxPageSize, ct)).Items;
        var scope = await access.ScopeAsync(Permission.Monitor, ct);
        var allowed = scope?.ToHashSet();
        var cmp = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        var all = await units.ListAsync(ct);
        EditableBodies = [.. all.Where(u => u.ValidTo is null && (allowed is null || allowed.Contains(u.Id)) && u.Kind is UnitKind.Ministry or UnitKind.Department or UnitKind.Province or UnitKind.Commune)
            .OrderBy(u => u.Name, cmp)];
        ReadableBodies = [.. Plans.Select(p => (p.BodyUnitId, p.BodyUnitName)).Concat(EditableBodies.Select(u => (u.Id, u.Name))).Distinct().OrderBy(b => b.Item2, cmp)];
        Body ??= ReadableBodies.Count > 0 ? ReadableBodies[0].Id : null;
        if (Body is { } b && Error is null)
        {
            try
            {
                Progress = await progress.HandleAsync(b, year, ct);
            }
            catch (Exception e) when (e is NotFoundException or RequestValidationException)
            {
                Error = "Không xem được tiến độ của cơ quan này trong năm đã chọn.";
            }
        }
    }
}
