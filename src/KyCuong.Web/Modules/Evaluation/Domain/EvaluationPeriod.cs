using System.Globalization;
using System.Text.RegularExpressions;

namespace KyCuong.Web.Modules.Evaluation.Domain;

internal enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// An evaluation period (docs/domain.md "Evaluation"): a month <c>2026-07</c>, a quarter <c>2026-Q3</c> or a year <c>2026</c>
/// (Nghị định 335/2025: monthly or quarterly periods, the year as their average), as Vietnamese calendar dates, both ends inclusive.
/// </summary>
internal sealed partial record EvaluationPeriod(PeriodKind Kind, int Year, int Number)
{
    public string Key => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Number:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public DateOnly From => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly To => Kind switch
    {
        PeriodKind.Month => From.AddMonths(1).AddDays(-1),
        PeriodKind.Quarter => From.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    public bool Contains(DateOnly d) => d >= From && d <= To;

    /// <summary>The periods of a year, month by month or quarter by quarter.</summary>
    public static IReadOnlyList<EvaluationPeriod> PeriodsOf(int year, PeriodKind kind) => kind switch
    {
        PeriodKind.Month => Enumerable.Range(1, 12).Select(m => new EvaluationPeriod(PeriodKind.Month, year, m)).ToList(),
        PeriodKind.Quarter => Enumerable.Range(1, 4).Select(q => new EvaluationPeriod(PeriodKind.Quarter, year, q)).ToList(),
        _ => [new EvaluationPeriod(PeriodKind.Year, year, 0)],
    };

    public static bool TryParse(string? text, out EvaluationPeriod period)
    {
        period = new EvaluationPeriod(PeriodKind.Year, 0, 0);
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        if (m.Groups["q"].Success)
        {
            period = new EvaluationPeriod(PeriodKind.Quarter, year, int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        if (m.Groups["m"].Success)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            period = new EvaluationPeriod(PeriodKind.Month, year, month);
            return true;
        }

        period = new EvaluationPeriod(PeriodKind.Year, year, 0);
        return true;
    }

    /// <summary>Bad input is a 400 with the field named (never a 500).</summary>
    public static EvaluationPeriod Parse(string? text, string field = "period") =>
        TryParse(text, out var p)
            ? p
            : throw RequestValidationException.For(field,
                "Kỳ đánh giá phải có dạng 2026-07 (tháng), 2026-Q3 (quý) hoặc 2026 (năm). / period must be 2026-07, 2026-Q3 or 2026.");

    [GeneratedRegex(@"^(?<y>\d{4})(?:-Q(?<q>[1-4])|-(?<m>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
