using KyCuong.Web.Modules.Evaluation.ExportEvaluation;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.SaveGrades;
using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Xếp loại của đơn vị" (docs/domain.md "Evaluation: self-assessment and saved grades"): the manager grades the unit's people for a
/// period from their scores and self-proposed grades; the cap is checked before saving and a refusal says by how much; each save is a
/// new version with its minutes. Without a unit named, the first unit the caller manages.
/// </summary>
internal sealed class GradeModel(SaveGradesHandler handler, ExportEvaluationHandler export, IUnitDirectory units, ICurrentPerson me, TimeProvider clock,
    IInspectionFindingsReader inspectionFindings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary>The chosen grade of each person, by user id ("" = not graded in this save).</summary>
    [BindProperty]
    public Dictionary<Guid, string> Final { get; set; } = [];

    [BindProperty]
    public bool OutstandingBody { get; set; }

    [BindProperty]
    public string? UnitGrade { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public GradeSheetDto? Sheet { get; private set; }

    /// <summary>The caller manages no unit whose grades they may decide (a specialist opening the menu item).</summary>
    public bool NoUnitToGrade { get; private set; }

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<string> PeriodChoices { get; private set; } = [];

    /// <summary>Findings of checks of official duties naming each person in the period, as the manager may see them.</summary>
    public Dictionary<Guid, IReadOnlyList<PersonFinding>> Findings { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The body-wide summary of the unit and its subtree as XLSX (the same readers as the sheet).</summary>
    public async Task<IActionResult> OnGetSummaryAsync(CancellationToken ct)
    {
        if (Id is not { } unitId)
        {
            return NotFound();
        }

        try
        {
            var file = await export.SummaryAsync(unitId, Period ?? "", ct);
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
        if (Id is not { } unitId || string.IsNullOrWhiteSpace(Period))
        {
            return NotFound();
        }

        var grades = Final.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => new GradeLine(x.Key, x.Value)).ToList();
        Guid? saved = null;
        if (await PageActions.TryAsync(ModelState, async () => saved = (await handler.HandleAsync(unitId, Period,
                new SaveGradesRequest(grades, OutstandingBody, string.IsNullOrEmpty(UnitGrade) ? null : UnitGrade, Note), ct)).Id, prefix: ""))
        {
            TempData["Message"] = "Đã lưu kết quả xếp loại và biên bản.";
            return RedirectToPage("/Evaluation/Minutes", new { id = saved });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var today = clock.Today();
        Period = string.IsNullOrWhiteSpace(Period) ? EvaluationPeriods.CurrentQuarter(today) : Period.Trim();
        PeriodChoices = EvaluationPeriods.Choices(today);
        var chosenByDefault = Id is null;
        if (Id is null)
        {
            var grants = (await me.GetAsync(ct)).Grants;
            Id = grants.FirstOrDefault(g => g.Permissions.Contains("assignWork"))?.UnitId ?? (grants.Count > 0 ? grants[0].UnitId : null);
        }

        if (Id is not { } unitId)
        {
            // Opened from the menu by someone who manages no unit: the page says so instead of a bare 404.
            NoUnitToGrade = true;
            return true;
        }

        try
        {
            Sheet = await handler.SheetAsync(unitId, Period, ct);
        }
        catch (NotFoundException) when (chosenByDefault)
        {
            NoUnitToGrade = true;
            Id = null;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (RequestValidationException e)
        {
            ModelState.AddModelError("period", e.Errors.SelectMany(x => x.Value).First());
            Period = EvaluationPeriods.CurrentQuarter(today);
            Sheet = await handler.SheetAsync(unitId, Period, ct);
        }

        UnitName = (await units.FindAsync(unitId, ct))?.Name ?? "";
        if (EvaluationPeriod.TryParse(Sheet.Period, out var shown))
        {
            foreach (var line in Sheet.People)
            {
                // CanGrade is the sheet's answer to "does the caller manage this person" (or administer): the findings reader applies its
                // rule to it instead of walking each person's positions and the tree again.
                Findings[line.UserId] = await inspectionFindings.AboutAsync(line.UserId, shown.From, shown.To, ct);
            }
        }

        foreach (var line in Sheet.People.Where(l => l.CanGrade && !Final.ContainsKey(l.UserId)))
        {
            Final[line.UserId] = line.ForcedReason is not null ? "notCompleted" : line.ProposedGrade ?? "";
        }

        return true;
    }

    public static string PeriodLabel(string p) => p.Contains('Q', StringComparison.Ordinal) ? $"Quý {p[^1]}/{p[..4]}" : p.Length == 4 ? $"Năm {p}" : $"Tháng {p[5..]}/{p[..4]}";

    public static string GradeName(string? grade) => grade switch
    {
        "excellent" => "Hoàn thành xuất sắc",
        "good" => "Hoàn thành tốt",
        "completed" => "Hoàn thành",
        "notCompleted" => "Không hoàn thành",
        _ => "—",
    };
}
