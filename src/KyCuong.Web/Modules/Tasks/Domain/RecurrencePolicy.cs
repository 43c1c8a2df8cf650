using System.Globalization;
using System.Text;

namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// docs/domain.md §6 (recurring duties): "định kỳ 6 tháng, hàng năm báo cáo" creates a report task each period. Reads the phrase as
/// written by the directive (or a cadence name) and lists the periods that have begun.
/// </summary>
internal static class RecurrencePolicy
{
    /// <summary>
    /// The cadences named in the phrase. "thường xuyên" (ongoing) is no cadence: a standing duty with no periodic report.
    /// Accepts the English names too (<c>monthly</c>, <c>quarterly</c>, <c>semiAnnual</c>, <c>annual</c>).
    /// </summary>
    public static ReportCadence Parse(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return ReportCadence.None;
        }

        var s = Fold(phrase);
        var c = ReportCadence.None;
        if (s.Contains("semiannual", StringComparison.Ordinal) || s.Contains("6 thang", StringComparison.Ordinal) || s.Contains("sau thang", StringComparison.Ordinal)
            || s.Contains("nua nam", StringComparison.Ordinal))
        {
            c |= ReportCadence.SemiAnnual;
        }

        if (s.Contains("annual", StringComparison.Ordinal) && !s.Contains("semiannual", StringComparison.Ordinal)
            || s.Contains("hang nam", StringComparison.Ordinal) || s.Contains("moi nam", StringComparison.Ordinal)
            || s.Contains("nam mot lan", StringComparison.Ordinal) || s.EndsWith(", nam", StringComparison.Ordinal))
        {
            c |= ReportCadence.Annual;
        }

        if (s.Contains("quarterly", StringComparison.Ordinal) || s.Contains("quy", StringComparison.Ordinal))
        {
            c |= ReportCadence.Quarterly;
        }

        if (s.Contains("monthly", StringComparison.Ordinal) || s.Contains("hang thang", StringComparison.Ordinal) || s.Contains("moi thang", StringComparison.Ordinal))
        {
            c |= ReportCadence.Monthly;
        }

        return c;
    }

    /// <summary>
    /// The periods of <paramref name="cadence"/> that have begun on or before <paramref name="today"/> and end on or after
    /// <paramref name="startsOn"/>. With both a 6-month and a yearly report, the second half-year is covered by the yearly
    /// report ("báo cáo 6 tháng, năm"), so no separate H2 report is created.
    /// </summary>
    public static IReadOnlyList<ReportPeriod> PeriodsBegun(ReportCadence cadence, DateOnly startsOn, DateOnly today)
    {
        var periods = new List<ReportPeriod>();
        if (cadence == ReportCadence.None || today < startsOn)
        {
            return periods;
        }

        for (var year = startsOn.Year; year <= today.Year; year++)
        {
            if (cadence.HasFlag(ReportCadence.Monthly))
            {
                for (var m = 1; m <= 12; m++)
                {
                    periods.Add(new ReportPeriod(string.Create(CultureInfo.InvariantCulture, $"{year}-M{m:00}"), $"tháng {m}/{year}", new DateOnly(year, m, 1),
                        new DateOnly(year, m, 1).AddMonths(1).AddDays(-1)));
                }
            }

            if (cadence.HasFlag(ReportCadence.Quarterly))
            {
                for (var q = 1; q <= 4; q++)
                {
                    var start = new DateOnly(year, (q * 3) - 2, 1);
                    periods.Add(new ReportPeriod(string.Create(CultureInfo.InvariantCulture, $"{year}-Q{q}"), $"quý {q}/{year}", start, start.AddMonths(3).AddDays(-1)));
                }
            }

            if (cadence.HasFlag(ReportCadence.SemiAnnual))
            {
                periods.Add(new ReportPeriod(string.Create(CultureInfo.InvariantCulture, $"{year}-H1"), $"6 tháng đầu năm {year}", new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)));
                if (!cadence.HasFlag(ReportCadence.Annual))
                {
                    periods.Add(new ReportPeriod(string.Create(CultureInfo.InvariantCulture, $"{year}-H2"), $"6 tháng cuối năm {year}", new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)));
                }
            }

            if (cadence.HasFlag(ReportCadence.Annual))
            {
                periods.Add(new ReportPeriod(year.ToString(CultureInfo.InvariantCulture), $"năm {year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
            }
        }

        return periods.Where(p => p.Start <= today && p.End >= startsOn).OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch == 'đ' || ch == 'Đ' ? 'd' : char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString().Replace("hằng", "hang", StringComparison.Ordinal);
    }
}
