using KyCuong.Web.Modules.Evaluation.ExportEvaluation;
using KyCuong.Web.Modules.Evaluation.WriteSelfAssessment;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Tự đánh giá" (docs/domain.md "Evaluation: self-assessment and saved grades"): the person writes their self-assessment and proposes
/// their own grade until the manager saves the period's grading, then reads the grade saved for them. Their managers read it.
/// </summary>
internal sealed class SelfModel(WriteSelfAssessmentHandler handler, ExportEvaluationHandler export, EvaluationAccess access, IPeopleDirectory people, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ProposedGrade { get; set; }

    public SelfAssessmentDto? Result { get; private set; }

    public string PersonName { get; private set; } = "";

    public bool Mine { get; private set; }

    public IReadOnlyList<string> PeriodChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The official evaluation form of the person for the period as DOCX (the same readers as the page).</summary>
    public async Task<IActionResult> OnGetFormAsync(CancellationToken ct)
    {
        try
        {
            var file = await export.FormAsync(UserId ?? access.CallerId ?? Guid.Empty, Period ?? DefaultPeriod(), ct);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException)
        {
            return BadRequest();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = UserId ?? access.CallerId ?? Guid.Empty;
        Period = string.IsNullOrWhiteSpace(Period) ? DefaultPeriod() : Period.Trim();
        if (await PageActions.TryAsync(ModelState, () => handler.PutAsync(id, Period, new SelfAssessmentRequest(Text, ProposedGrade), ct), prefix: ""))
        {
            TempData["Message"] = "Đã lưu bản tự đánh giá.";
            return RedirectToPage(new { userId = id, period = Period });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private string DefaultPeriod() => EvaluationPeriods.CurrentQuarter(clock.Today());

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if ((UserId ?? access.CallerId) is not { } userId)
        {
            return false;
        }

        UserId = userId;
        Period = string.IsNullOrWhiteSpace(Period) ? DefaultPeriod() : Period.Trim();
        PeriodChoices = EvaluationPeriods.Choices(clock.Today());
        try
        {
            Result = await handler.GetAsync(userId, Period, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (RequestValidationException e)
        {
            ModelState.AddModelError("period", e.Errors.SelectMany(x => x.Value).First());
            Period = DefaultPeriod();
            Result = await handler.GetAsync(userId, Period, ct);
        }

        Mine = access.CallerId == userId;
        PersonName = (await people.NamesAsync([userId], ct)).GetValueOrDefault(userId, "");
        Text ??= Result.Text;
        ProposedGrade ??= Result.ProposedGrade;
        return true;
    }
}
