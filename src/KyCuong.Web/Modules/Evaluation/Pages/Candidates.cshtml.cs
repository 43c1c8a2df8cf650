using KyCuong.Web.Modules.Evaluation.Candidates;
using KyCuong.Web.Modules.Evaluation.UnitTargets;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Đề xuất khen thưởng, xem xét" (docs/domain.md "Evaluation: patterns and candidates"): the unit's candidates for commendation and for
/// review, each with the evidence, and the form where the leader or the personnel office records the decision. Without a unit named,
/// the first unit the caller manages.
/// </summary>
internal sealed class CandidatesModel(CandidatesHandler handler, RecordCandidateDecisionHandler record, UnitTargetsHandler targets, ICurrentPerson me, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public Guid? UserId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Form { get; set; }

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public decimal? TargetPercent { get; set; }

    [BindProperty]
    public string? TargetSource { get; set; }

    public CandidatesDto? Result { get; private set; }

    /// <summary>The unit's recorded completion of its yearly targets for the year (Quy định 377-QĐ/TW), if any.</summary>
    public UnitTargetDto? Target { get; private set; }

    /// <summary>The figure just submitted was refused: the form is shown open, with what was typed and the reason beside it.</summary>
    public bool TargetRefused { get; private set; }

    /// <summary>Whether the caller leads the unit above and may record that figure.</summary>
    public bool CanRecordTarget { get; private set; }

    /// <summary>
    /// From the menu (no unit named) a person who manages no unit gets the page with a plain explanation; a unit named outside
    /// the caller's reach is 404 (docs/adr/0003).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var named = Id is not null;
        return await LoadAsync(ct) || !named ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var request = new RecordCandidateDecisionRequest(UserId, Year, Kind, Form, DecisionNumber, Date, Note);
        if (await PageActions.TryAsync(ModelState, () => record.HandleAsync(Id!.Value, request, ct), prefix: ""))
        {
            TempData["Message"] = "Đã ghi quyết định.";
            return RedirectToPage(new { id = Id, year = Year });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTargetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var request = new UnitTargetRequest(TargetPercent, TargetSource);
        if (await PageActions.TryAsync(ModelState, () => targets.PutAsync(Id!.Value, Year!.Value, request, ct), prefix: ""))
        {
            TempData["Message"] = "Đã ghi nhận kết quả thực hiện chỉ tiêu năm của đơn vị.";
            return RedirectToPage(new { id = Id, year = Year });
        }

        TargetRefused = CanRecordTarget;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Year ??= clock.Today().Year;
        if (Id is null)
        {
            var grants = (await me.GetAsync(ct)).Grants;
            Id = grants.FirstOrDefault(g => g.Permissions.Contains("assignWork"))?.UnitId ?? (grants.Count > 0 ? grants[0].UnitId : null);
        }

        if (Id is not { } unitId)
        {
            return false;
        }

        try
        {
            Result = await handler.HandleAsync(unitId, Year, ct);
            await LoadTargetAsync(unitId, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (RequestValidationException)
        {
            Year = clock.Today().Year;
            Result = await handler.HandleAsync(unitId, Year, ct);
            await LoadTargetAsync(unitId, ct);
            return true;
        }
    }

    private async Task LoadTargetAsync(Guid unitId, CancellationToken ct)
    {
        CanRecordTarget = await targets.CanRecordAsync(unitId, ct);
        Target = (await targets.ListAsync(unitId, 1, 100, ct)).Items.FirstOrDefault(t => t.Year == Year);
    }
}

/// <summary>The decision form under one candidate.</summary>
internal sealed record CandidateDecisionFormModel(Guid UnitId, int Year, Guid UserId, string Kind);
