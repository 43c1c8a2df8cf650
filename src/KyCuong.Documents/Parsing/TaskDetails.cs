using System.Globalization;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>Deadlines and recurring reporting duties written in a clause.</summary>
internal static class TaskDetails
{
    private static readonly string[] PeriodWords = ["ngay", "tuan", "thang", "quy", "nam"];

    /// <summary>A deadline: a date when one is written, else a relative one in days.</summary>
    public static (DateOnly? Date, string? Text, int? Days, bool? WorkingDays) Deadline(string text, int? year)
    {
        var folded = VietnameseText.FoldString(text);
        var best = (Date: (DateOnly?)null, Text: (string?)null, At: int.MaxValue);

        var day = Patterns.DeadlineDay.Match(folded);
        if (day.Success)
        {
            var ngay = folded.IndexOf("ngay", day.Index, StringComparison.Ordinal);
            if (DateText.TryRead(folded, ngay + 4, Math.Min(folded.Length, ngay + 40), allowBlank: false, out var d, out var m, out var y, out _))
            {
                var date = DateText.ToDate(d, m, y ?? year);
                if (date is not null)
                {
                    best = (date, PhraseFrom(text, day.Index), day.Index);
                }
            }
        }

        var period = Patterns.DeadlinePeriod.Match(folded);
        if (period.Success && period.Index < best.At)
        {
            var date = EndOfPeriod(folded.Substring(period.Index, period.Length));
            if (date is not null)
            {
                best = (date, PhraseFrom(text, period.Index), period.Index);
            }
        }

        if (best.Date is not null)
        {
            return (best.Date, best.Text, null, null);
        }

        var relative = Patterns.DeadlineRelative.Match(folded);
        if (relative.Success)
        {
            var digits = new string([.. relative.Value.Where(char.IsAsciiDigit)]);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0)
            {
                var working = relative.Value.Contains("lam viec", StringComparison.Ordinal);
                return (null, PhraseFrom(text, relative.Index), days, working);
            }
        }

        return (null, null, null, null);
    }

    private static DateOnly? EndOfPeriod(string phrase)
    {
        var numbers = Numbers(phrase);
        if (numbers.Count == 0)
        {
            return null;
        }

        var year = numbers[^1];
        if (year is < 1900 or > 2200)
        {
            return null;
        }

        if (phrase.Contains("thang", StringComparison.Ordinal) && numbers.Count >= 2)
        {
            var month = numbers[0];
            return month is >= 1 and <= 12 ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : null;
        }

        if (phrase.Contains("quy", StringComparison.Ordinal))
        {
            var q = phrase.Contains(" iv", StringComparison.Ordinal) || phrase.Contains(" 4", StringComparison.Ordinal) ? 4
                : phrase.Contains(" iii", StringComparison.Ordinal) || phrase.Contains(" 3", StringComparison.Ordinal) ? 3
                : phrase.Contains(" ii", StringComparison.Ordinal) || phrase.Contains(" 2", StringComparison.Ordinal) ? 2 : 1;
            var month = q * 3;
            return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }

        return new DateOnly(year, 12, 31);
    }

    private static List<int> Numbers(string phrase)
    {
        var list = new List<int>(3);
        var value = -1;
        foreach (var c in phrase + " ")
        {
            if (char.IsAsciiDigit(c))
            {
                value = value < 0 ? c - '0' : Math.Min(value * 10 + (c - '0'), 100000);
            }
            else if (value >= 0)
            {
                list.Add(value);
                value = -1;
            }
        }

        return list;
    }

    // The phrase from a match to the end of its clause part (";" or sentence end), at most 120 characters.
    private static string PhraseFrom(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 120 && text[end] is not ';' and not '\n')
        {
            if (text[end] == '.' && (end + 1 >= text.Length || text[end + 1] == ' '))
            {
                break;
            }

            end++;
        }

        return VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text[start..end]));
    }

    /// <summary>
    /// A recurring reporting duty ("định kỳ 6 tháng, hàng năm báo cáo", "báo cáo hằng quý"), or an ongoing
    /// one ("thường xuyên … báo cáo") in the same part of the sentence; and whom the report goes to.
    /// </summary>
    public static (string? Period, string? ReportTo) RecurringReport(string text)
    {
        var folded = VietnameseText.FoldString(text);
        string? soft = null;
        var partStart = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            var atEnd = i == folded.Length;
            if (!atEnd && folded[i] != ';' && !(folded[i] == '.' && (i + 1 >= folded.Length || folded[i + 1] == ' ')))
            {
                continue;
            }

            var part = folded[partStart..i];
            var report = IndexOfWord(part, "bao cao", 0);
            if (report >= 0)
            {
                var periodic = IndexOfWord(part, "dinh ky", 0);
                if (periodic >= 0)
                {
                    var end = periodic < report ? report : PeriodEnd(part, periodic + 7);
                    var phrase = VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text.Substring(partStart + periodic, end - periodic)));
                    if (VietnameseText.WordCount(phrase) <= 10)
                    {
                        var reportFrom = periodic < report ? report : IndexOfWord(part, "bao cao", end);
                        return (phrase, ReportTo(text, folded, partStart, part, reportFrom));
                    }
                }

                var every = EveryPeriod(part);
                if (every >= 0)
                {
                    var end = PeriodEnd(part, every);
                    var phrase = VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text.Substring(partStart + every, end - every)));
                    return (phrase, ReportTo(text, folded, partStart, part, every < report ? report : -1));
                }

                var ongoing = IndexOfWord(part, "thuong xuyen", 0);
                if (ongoing >= 0 && ongoing < report)
                {
                    soft ??= text.Substring(partStart + ongoing, 12).ToLower(VietnameseText.Vi);
                }
            }

            partStart = i + 1;
        }

        return (soft, null);
    }

    // "hằng tháng", "hàng quý", "mỗi năm", "6 tháng" near a report.
    private static int EveryPeriod(string part)
    {
        foreach (var lead in (string[])["hang ", "moi "])
        {
            var at = 0;
            while ((at = IndexOfWord(part, lead.TrimEnd(), at)) >= 0)
            {
                var after = at + lead.Length;
                foreach (var w in PeriodWords)
                {
                    if (string.CompareOrdinal(part, after, w, 0, w.Length) == 0 && (after + w.Length >= part.Length || !char.IsLetter(part[after + w.Length])))
                    {
                        return at;
                    }
                }

                at = after;
            }
        }

        return -1;
    }

    // The period phrase after "định kỳ": numbers, period words, "hằng/hàng/mỗi", commas and "và".
    private static int PeriodEnd(string part, int from)
    {
        var i = from;
        var end = from;
        while (i < part.Length)
        {
            while (i < part.Length && part[i] is ' ' or ',')
            {
                i++;
            }

            var wordStart = i;
            while (i < part.Length && char.IsLetterOrDigit(part[i]))
            {
                i++;
            }

            if (i == wordStart)
            {
                break;
            }

            var word = part[wordStart..i];
            if (word is "hang" or "moi" or "va" or "hoac" or "6" or "06" or "3" or "03" or "nua" || PeriodWords.Contains(word) || word.All(char.IsAsciiDigit))
            {
                end = i;
                continue;
            }

            break;
        }

        return end;
    }

    private static string? ReportTo(string text, string folded, int partStart, string part, int reportAt)
    {
        if (reportAt < 0)
        {
            return null;
        }

        var i = reportAt + 7;
        foreach (var skip in (string[])[" ket qua thuc hien", " ket qua", " tinh hinh thuc hien", " tinh hinh"])
        {
            if (string.CompareOrdinal(part, i, skip, 0, skip.Length) == 0)
            {
                i += skip.Length;
                break;
            }
        }

        foreach (var prep in (string[])[" voi ", " ve ", " cho ", " len ", " gui "])
        {
            if (string.CompareOrdinal(part, i, prep, 0, prep.Length) == 0)
            {
                i += prep.Length - 1;
                break;
            }
        }

        var end = part.Length;
        foreach (var stop in (string[])[" de ", " truoc ", " theo ", " trong "])
        {
            var at = part.IndexOf(stop, i, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }

        if (end <= i)
        {
            return null;
        }

        var target = VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text.Substring(partStart + i, end - i)));
        _ = folded;
        return target.Length is > 0 and < 100 ? target : null;
    }

    private static int IndexOfWord(string s, string word, int from)
    {
        var at = from;
        while (at <= s.Length - word.Length && (at = s.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(s[at - 1]);
            var after = at + word.Length >= s.Length || !char.IsLetterOrDigit(s[at + word.Length]);
            if (before && after)
            {
                return at;
            }

            at++;
        }

        return -1;
    }
}
