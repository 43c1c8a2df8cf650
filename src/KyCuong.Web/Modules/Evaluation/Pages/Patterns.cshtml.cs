using KyCuong.Web.Modules.Evaluation.Patterns;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Dấu hiệu né tránh, đùn đẩy" (docs/domain.md "Evaluation: patterns and candidates"): one person's or one unit's rates beside the
/// peers' median, each pattern opening on its cases. Never a ranking. Through the same handler and access as the API.
/// </summary>
internal sealed class PatternsModel(PatternsHandler handler, EvaluationAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public PatternsDto? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> PeriodChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        PeriodChoices = EvaluationPeriods.Choices(today);
        Period = string.IsNullOrWhiteSpace(Period) ? EvaluationPeriods.CurrentQuarter(today) : Period.Trim();
        try
        {
            Result = await LoadAsync(ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e)
        {
            Error = e.Errors.SelectMany(x => x.Value).FirstOrDefault();
            Period = EvaluationPeriods.CurrentQuarter(today);
            Result = await LoadAsync(ct);
        }

        return Result is null ? NotFound() : Page();
    }

    private async Task<PatternsDto?> LoadAsync(CancellationToken ct) =>
        UnitId is { } unit ? await handler.UnitAsync(unit, Period, ct)
        : (UserId ?? access.CallerId) is { } user ? await handler.PersonAsync(user, Period, ct)
        : null;

    public static string Rate(decimal? rate) => rate?.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) ?? "—";

    public static string CaseLink(PatternCaseDto c) => c.Kind switch
    {
        "submission" => $"/Submissions/Details/{c.Id}",
        "consultation" => $"/Consultations/Details/{c.Id}",
        _ => $"/Tasks/Details/{c.Id}",
    };

    public static string CaseKind(string kind) => kind switch
    {
        "submission" => "Tờ trình",
        "consultation" => "Lấy ý kiến",
        _ => "Nhiệm vụ",
    };

    public static string PeriodLabel(string p) => p.Contains('Q') ? $"Quý {p[^1]}/{p[..4]}" : p.Length == 4 ? $"Năm {p}" : $"Tháng {p[5..]}/{p[..4]}";
}
