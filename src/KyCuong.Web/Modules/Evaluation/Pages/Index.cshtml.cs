using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.GetEvaluation;
using KyCuong.Web.Modules.Evaluation.SetGeneralPoints;
using KyCuong.Web.Modules.Evaluation.SetLeadershipScores;
using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Đánh giá, xếp loại" of one person (docs/domain.md "Evaluation"): the period's scores, every product and deduction explained, the
/// manager's general points and comment (with the form for the manager), through the same handlers as the API.
/// </summary>
internal sealed class IndexModel(GetEvaluationHandler evaluation, SetGeneralPointsHandler setGeneral, SetLeadershipScoresHandler setLeadership,
    EvaluationAccess access, TimeProvider clock, IInspectionFindingsReader inspectionFindings, ILogger<IndexModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty]
    public decimal? Points { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Criteria đ and e on the page in percent (0–100); the API takes fractions.</summary>
    [BindProperty]
    public decimal? OrganisePercent { get; set; }

    [BindProperty]
    public decimal? RallyPercent { get; set; }

    [BindProperty]
    public string? LeaderComment { get; set; }

    public EvaluationDto? Result { get; private set; }

    public string PersonName { get; private set; } = "";

    public bool CanScore { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> PeriodChoices { get; private set; } = [];

    /// <summary>Findings of checks of official duties about the person in the period: evidence, not a score (docs/domain.md "Checks of official duties: findings about people").</summary>
    public IReadOnlyList<PersonFinding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGeneralAsync(CancellationToken ct)
    {
        var id = UserId ?? access.CallerId ?? Guid.Empty;
        Period ??= DefaultPeriod();
        if (await PageActions.TryAsync(ModelState, () => setGeneral.HandleAsync(id, Period, new SetGeneralPointsRequest(Points, Comment), ct), prefix: ""))
        {
            TempData["Message"] = "Đã lưu điểm tiêu chí chung.";
            return RedirectToPage(new { userId = id, period = Period });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostLeadershipAsync(CancellationToken ct)
    {
        var id = UserId ?? access.CallerId ?? Guid.Empty;
        Period ??= DefaultPeriod();
        var request = new SetLeadershipScoresRequest(OrganisePercent / 100, RallyPercent / 100, LeaderComment);
        if (await PageActions.TryAsync(ModelState, () => setLeadership.HandleAsync(id, Period, request, ct), prefix: ""))
        {
            TempData["Message"] = "Đã lưu điểm tiêu chí đ, e.";
            return RedirectToPage(new { userId = id, period = Period });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private string DefaultPeriod() => EvaluationPeriods.CurrentQuarter(clock.Today());

    /// <summary>
    /// What the page reads beyond the API's own work is kept to the findings about the person (Inspections' reader, with its own access
    /// rule): the name and the manager check use the positions the access check read. Phases are logged at Debug (category
    /// <c>KyCuong.Web.Modules.Evaluation.Pages.IndexModel</c>; docs/performance.md "Evaluation of a province's quarter on two cores").
    /// </summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var id = UserId ?? access.CallerId;
        if (id is not { } userId)
        {
            return false;
        }

        var phases = new EvaluationPhases(log.IsEnabled(LogLevel.Debug));
        UserId = userId;
        Period = string.IsNullOrWhiteSpace(Period) ? DefaultPeriod() : Period.Trim();
        PeriodChoices = EvaluationPeriods.Choices(clock.Today());
        IReadOnlyList<PersonPosition> positions;
        phases.Start("evaluation");
        try
        {
            (Result, positions) = await evaluation.ReadAsync(userId, Period, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (RequestValidationException e)
        {
            Error = e.Errors.SelectMany(x => x.Value).FirstOrDefault();
            Period = DefaultPeriod();
            (Result, positions) = await evaluation.ReadAsync(userId, Period, ct);
        }

        PersonName = positions.Count > 0 ? positions[0].FullName : "";
        // Whether the caller manages the person was decided by the read check (or is decided now, once): the scoring form uses it; the
        // findings reader decides for itself with its own rule.
        phases.Start("manager");
        var manages = await access.IsManagerAsync(userId, positions, ct);
        CanScore = EvaluationPeriod.TryParse(Period, out var p) && p.Kind != PeriodKind.Year && manages;
        phases.Start("findings");
        if (EvaluationPeriod.TryParse(Result.Period, out var shown))
        {
            Findings = await inspectionFindings.AboutAsync(userId, shown.From, shown.To, ct);
        }

        phases.Stop();
        log.LogDebug("Evaluation page of {UserId} for {Period}: {Phases}", userId, Period, phases);
        Points ??= Result.GeneralPoints;
        Comment ??= Result.GeneralComment;
        OrganisePercent ??= Result.Leadership?.Organise * 100;
        RallyPercent ??= Result.Leadership?.Rally * 100;
        LeaderComment ??= Result.Leadership?.Comment;
        return true;
    }

    public static string Percent(decimal fraction) => fraction.ToString("P1", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    public static string Num(decimal? value) => value?.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) ?? "—";

    public static string GradeBadge(string? grade) => grade switch
    {
        "excellent" => "text-bg-success",
        "good" => "text-bg-primary",
        "completed" => "text-bg-secondary",
        "notCompleted" => "text-bg-danger",
        _ => "text-bg-light",
    };

    public static string ReviewLabel(string review) => review switch
    {
        "met" => "Đạt yêu cầu",
        "notMet" => "Không đạt yêu cầu",
        "pending" => "Chờ đánh giá",
        _ => "—",
    };
}
