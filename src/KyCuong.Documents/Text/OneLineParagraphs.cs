namespace KyCuong.Documents.Text;

/// <summary>
/// The body of a letter copied onto one line (PDF copy text, every line break a space): its paragraphs and items become
/// one run of text, so the reader would find one task where the letter has several. The line breaks are recovered from
/// the items' own marks as NĐ 30/2020 Phụ lục I prints them at a line's start (docs/domain.md §5: parts "I.", numbered
/// clauses "1.", "1.1.", "a)", "Điều 3.", dash items, "Kính gửi:", a lead-in ending in "sau:"), only where the mark
/// continues the sequence of the one before it and follows the end of a sentence, so a number inside a sentence ("Nghị
/// định số 30/2020", "khoản 2 Điều 5", "1.000 đồng") never breaks. Same length: each break replaces a space.
/// </summary>
internal static class OneLineParagraphs
{
    // Vietnamese list letters in order (no f, j, w, z; "đ" after "d").
    private const string Letters = "abcdđeghiklmnopqrstuvxy";

    // Words that open a letter's first sentence after its addressees ("Kính gửi: Sở Y tế Thực hiện Công văn …").
    private static readonly string[] Openers =
    [
        "Thực hiện ", "Căn cứ ", "Theo ", "Triển khai ", "Để ", "Xét ", "Nhằm ", "Thời gian qua", "Vừa qua", "Ngày ", "Tiếp theo ",
        "Trong ", "Trên cơ sở ", "Sau khi ", "Qua ", "Hiện nay", "Nhận được ", "Phúc đáp ", "Trả lời ",
    ];

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    private enum Kind
    {
        Roman,
        Article,
        Number,
        Sub,
        Letter,
    }

    private readonly record struct Mark(int At, Kind Kind, int Major, int Minor);

    /// <summary>
    /// True when the line holds a body's items run together: a lead-in's "… sau:" followed by its first sentence or mark
    /// ("1.", "I.", "a)"), two numbered marks in sequence ("1." … "2.", "Điều 1." … "Điều 2."), or it opens with "Kính gửi"
    /// (the addressee line of a letter, never 400 characters long on its own).
    /// </summary>
    public static bool IsRunTogetherBody(char[] c, int start, int end)
    {
        if (StartsWith(c, start, end, "Kính gửi") || StartsWith(c, start, end, "Kính gởi"))
        {
            return true;
        }

        for (var i = start + 1; i + 2 < end; i++)
        {
            if (c[i] == ':' && IsSpace(c[i + 1]) && char.IsUpper(c[i + 2]) && EndsWithLeadIn(c, start, i))
            {
                return true;
            }
        }

        var marks = SequenceMarks(c, start, end);
        if (marks.Any(m => (m.Kind == Kind.Letter ? m.Minor == 0 : m.Major == 1) && AfterLeadIn(c, start, m.At)))
        {
            return true;
        }

        for (var k = 1; k < marks.Count; k++)
        {
            if (marks[k].Kind is Kind.Article or Kind.Number && marks[k].Kind == marks[k - 1].Kind && marks[k].Major == marks[k - 1].Major + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Breaks the line c[start..end) before its numbered and dash items, after its addressees and around its lead-ins.</summary>
    public static void Break(char[] c, int start, int end)
    {
        foreach (var mark in SequenceMarks(c, start, end))
        {
            BreakAt(c, start, mark.At);
        }

        BreakBeforeDashItems(c, start, end);
        BreakAfterAddressees(c, start, end);
        BreakAfterLeadIns(c, start, end);
    }

    // "… có ý kiến như sau: 1. …": the first clause right after a lead-in's colon.
    private static bool AfterLeadIn(char[] c, int start, int at)
    {
        var k = at - 1;
        while (k > start && IsSpace(c[k]))
        {
            k--;
        }

        return k > start && c[k] == ':' && EndsWithLeadIn(c, start, k);
    }

    private static bool EndsWithLeadIn(char[] c, int start, int colon)
    {
        foreach (var lead in (string[])["như sau", "sau đây", "sau"])
        {
            var from = colon - lead.Length;
            if (from > start && StartsWith(c, from, colon, lead) && IsSpace(c[from - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // "… vào tháng 10 và 11. Để chủ động ứng phó …, Chủ tịch UBND tỉnh yêu cầu … thực hiện các nội dung sau:": the lead-in is
    // a paragraph of its own, from the start of its sentence (after the last full stop before it, within 600 characters).
    private static void BreakBeforeSentenceOf(char[] c, int start, int colon)
    {
        for (var k = colon - 1; k > start + 1 && colon - k < 600; k--)
        {
            if (c[k] == '\n')
            {
                return;
            }

            if (c[k] == ' ' && c[k - 1] == '.' && char.IsUpper(c[k + 1]) && !IsAbbreviation(c, start, k - 1))
            {
                // "Điều 1. Phê duyệt … như sau:", "2. Giao Sở … như sau:": the lead-in is the clause's own text.
                if (!IsClauseMark(c, start, k - 1))
                {
                    c[k] = '\n';
                }

                return;
            }
        }
    }

    // The number before the full stop at dot opens a line or follows "Điều" ("Điều 1.", a clause "2." broken before).
    private static bool IsClauseMark(char[] c, int start, int dot)
    {
        var k = dot;
        while (k > start && char.IsAsciiDigit(c[k - 1]))
        {
            k--;
        }

        if (k == dot)
        {
            return false;
        }

        return k == start || c[k - 1] == '\n' || (k >= start + 5 && StartsWith(c, k - 5, dot, "Điều") && IsSpace(c[k - 1]));
    }

    // "… Phó Chủ tịch UBND tỉnh có ý kiến như sau: Sở Tài nguyên và Môi trường chủ trì …": a lead-in that ends in "sau:"
    // stands above the paragraphs it introduces (docs/domain.md §5, a lead-in ending with a colon), so the capitalised
    // sentence after its colon opens a line.
    private static void BreakAfterLeadIns(char[] c, int start, int end)
    {
        for (var i = start + 1; i + 2 < end; i++)
        {
            if (c[i] == ':' && IsSpace(c[i + 1]) && (OpensSentence(c[i + 2]) || char.IsAsciiDigit(c[i + 2])) && EndsWithLeadIn(c, start, i))
            {
                c[i + 1] = '\n';
                BreakBeforeSentenceOf(c, start, i);
            }
        }
    }

    private static void BreakAt(char[] c, int start, int at)
    {
        if (at > start && c[at - 1] == ' ')
        {
            c[at - 1] = '\n';
        }
    }

    private static bool StartsWith(char[] c, int at, int end, string s) =>
        at + s.Length <= end && new ReadOnlySpan<char>(c, at, s.Length).SequenceEqual(s);

    private static bool IsSpace(char ch) => ch is ' ' or '\n';

    // The numbered marks of the line that continue a sequence: "Điều N." after "Điều N-1." (or the first, "Điều 1.");
    // "N." after "N-1." or "1." anew (each article numbers its clauses from 1); "N.M." under clause N; "b)" after "a)".
    // Each must follow the end of a sentence or a heading in capitals (". 2. Sở …", "sau: 1. …", "QUYẾT ĐỊNH Điều 1.").
    private static List<Mark> SequenceMarks(char[] c, int start, int end)
    {
        var accepted = new List<Mark>();
        int roman = 0, article = 0, number = 0, sub = 0, letter = -1;
        for (var i = start; i < end; i++)
        {
            if (i > start && !IsSpace(c[i - 1]))
            {
                continue;
            }

            // The next article after one already found also follows a sentence cut short ("… tại địa chỉ: http://…/hoi-dap
            // Điều 2. …"), but never a citation's words ("tại Điều 2.", "khoản 1 Điều 2.").
            if (ReadMark(c, i, end) is not { } mark
                || !(FollowsSentenceEnd(c, start, i, mark.Kind) || (mark.Kind == Kind.Article && article > 0 && mark.Major == article + 1 && !FollowsCitationWord(c, start, i))))
            {
                continue;
            }

            var take = mark.Kind switch
            {
                Kind.Roman => mark.Major == roman + 1,
                Kind.Article => mark.Major == article + 1,
                Kind.Number => mark.Major == 1 || (number > 0 && mark.Major == number + 1),
                Kind.Sub => number > 0 && ((mark.Major == number && mark.Minor == sub + 1) || (mark.Major == number + 1 && mark.Minor == 1)),
                _ => mark.Minor == 0 || (letter >= 0 && mark.Minor == letter + 1),
            };
            if (!take)
            {
                continue;
            }

            // A mark sets its own level and starts every level below it anew.
            switch (mark.Kind)
            {
                case Kind.Roman:
                    (roman, number, sub) = (mark.Major, 0, 0);
                    break;
                case Kind.Article:
                    (article, number, sub) = (mark.Major, 0, 0);
                    break;
                case Kind.Number or Kind.Sub:
                    (number, sub) = (mark.Major, mark.Kind == Kind.Sub ? mark.Minor : 0);
                    break;
            }

            letter = mark.Kind == Kind.Letter ? mark.Minor : -1;

            accepted.Add(mark);
        }

        return accepted;
    }

    // "II. X" (a part's heading), "Điều 12. X", "3. X", "2.1. X" (X a capital letter or an opening quote), "b) x"; null for
    // anything else ("1.000 đồng", "30/2020", "2024.", "V. I. Lê-nin" is read as a part only when "IV." came before it).
    private static Mark? ReadMark(char[] c, int i, int end)
    {
        for (var r = Romans.Length - 1; r >= 0; r--)
        {
            var roman = Romans[r];
            var after = i + roman.Length;
            if (StartsWith(c, i, end, roman) && after + 2 < end && c[after] == '.' && IsSpace(c[after + 1]) && char.IsUpper(c[after + 2]))
            {
                return new Mark(i, Kind.Roman, r + 1, 0);
            }
        }

        if (StartsWith(c, i, end, "Điều "))
        {
            var (n, after) = Digits(c, i + 5, end, 3);
            return n > 0 && after + 2 < end && c[after] is '.' or ':' && IsSpace(c[after + 1]) && OpensSentenceAfter(c, after + 1, end)
                ? new Mark(i, Kind.Article, n, 0)
                : null;
        }

        if (char.IsAsciiDigit(c[i]))
        {
            var (n, after) = Digits(c, i, end, 2);
            if (n == 0 || after + 2 >= end || c[after] != '.')
            {
                return null;
            }

            if (IsSpace(c[after + 1]))
            {
                return OpensSentenceAfter(c, after + 1, end) ? new Mark(i, Kind.Number, n, 0) : null;
            }

            var (m, subAfter) = Digits(c, after + 1, end, 2);
            return m > 0 && subAfter + 2 < end && c[subAfter] == '.' && IsSpace(c[subAfter + 1]) && OpensSentenceAfter(c, subAfter + 1, end)
                ? new Mark(i, Kind.Sub, n, m)
                : null;
        }

        var index = Letters.IndexOf(c[i], StringComparison.Ordinal);
        return index >= 0 && i + 3 < end && c[i + 1] == ')' && IsSpace(c[i + 2]) && char.IsLetter(c[i + 3])
            ? new Mark(i, Kind.Letter, 0, index)
            : null;
    }

    private static (int Value, int After) Digits(char[] c, int i, int end, int max)
    {
        var value = 0;
        var k = i;
        while (k < end && k - i < max + 1 && char.IsAsciiDigit(c[k]))
        {
            value = value * 10 + (c[k] - '0');
            k++;
        }

        return k == i || k - i > max ? (0, k) : (value, k);
    }

    private static bool FollowsCitationWord(char[] c, int start, int at)
    {
        var k = at - 1;
        while (k > start && IsSpace(c[k]))
        {
            k--;
        }

        var wordEnd = k + 1;
        while (k >= start && !IsSpace(c[k]))
        {
            k--;
        }

        var word = new string(c, k + 1, wordEnd - k - 1);
        return word.Length == 0 || char.IsAsciiDigit(word[^1])
            || word is "tại" or "theo" or "khoản" or "điểm" or "của" or "và" or "định" or "các" or "với" or "đến" or "từ" or "hoặc";
    }

    // The first character after the spaces from i (markup blanked to spaces may widen the gap after a mark) opens a sentence.
    private static bool OpensSentenceAfter(char[] c, int i, int end)
    {
        while (i < end && IsSpace(c[i]))
        {
            i++;
        }

        return i < end && OpensSentence(c[i]);
    }

    private static bool OpensSentence(char ch) => char.IsUpper(ch) || ch is '“' or '"' or '(';

    // What stands before the mark: the end of a sentence or a lead-in (". ", "; ", ": ", "./.", a closing quote after
    // one), or for an article or clause a heading in capitals ("QUYẾT ĐỊNH Điều 1.", "… NHIỆM VỤ 1. …"); never a word
    // in lower case or a number ("tại Điều 5.", "khoản 2 Điều 5.").
    private static bool FollowsSentenceEnd(char[] c, int start, int at, Kind kind)
    {
        var k = at - 1;
        while (k >= start && IsSpace(c[k]))
        {
            k--;
        }

        if (k < start)
        {
            return true;
        }

        var ch = c[k];
        if (ch is '”' or '"' or ')' && k > start)
        {
            ch = c[k - 1];
        }

        return ch is '.' or ';' or ':' or '!' or '?' || (kind != Kind.Letter && char.IsUpper(c[k]) && k > start && (char.IsUpper(c[k - 1]) || IsSpace(c[k - 1])));
    }

    // "… thực hiện; - Sở Y tế …", "sau: + các xã …", "• …": a dash or bullet after the end of a sentence or a lead-in
    // opens an item (NĐ 30/2020 Phụ lục I lists the recipients and a clause's points so). A dash between words ("Độc lập
    // - Tự do", "Lao động - Thương binh") follows no such end and stays.
    private static void BreakBeforeDashItems(char[] c, int start, int end)
    {
        for (var i = start + 2; i + 2 < end; i++)
        {
            if (c[i] is not ('-' or '+' or '–' or '•') || !IsSpace(c[i - 1]) || c[i + 1] != ' ' || !char.IsLetter(c[i + 2]))
            {
                continue;
            }

            var k = i - 1;
            while (k > start && IsSpace(c[k]))
            {
                k--;
            }

            if (c[k] is '.' or ';' or ':' or '!' or '?')
            {
                BreakAt(c, start, i);
            }
        }
    }

    // "Kính gửi: Bộ Giao thông vận tải. Xét đề nghị …", "Kính gửi: Sở Tài nguyên và Môi trường Thực hiện Công văn …":
    // the addressees end at the first full stop or before the first sentence's opening words.
    private static void BreakAfterAddressees(char[] c, int start, int end)
    {
        for (var i = start; i + 9 < end; i++)
        {
            if ((i > start && !IsSpace(c[i - 1])) || !(StartsWith(c, i, end, "Kính gửi") || StartsWith(c, i, end, "Kính gởi")))
            {
                continue;
            }

            var colon = i + 8;
            while (colon < end && c[colon] == ' ')
            {
                colon++;
            }

            if (colon >= end || c[colon] != ':')
            {
                continue;
            }

            var limit = Math.Min(end - 2, colon + 300);
            for (var j = colon + 2; j < limit; j++)
            {
                if (c[j] == '\n')
                {
                    break;
                }

                if (c[j] == '.' && c[j + 1] == ' ' && char.IsUpper(c[j + 2]) && !IsAbbreviation(c, colon, j))
                {
                    c[j + 1] = '\n';
                    break;
                }

                if (c[j - 1] == ' ' && char.IsLower(c[j - 2]) && Openers.Any(o => StartsWith(c, j, end, o)))
                {
                    c[j - 1] = '\n';
                    break;
                }
            }

            return;
        }
    }

    // "TP. Hồ Chí Minh", "Tp. Cần Thơ", "TX. Sơn Tây": a place's abbreviation before the full stop, not a sentence's end
    // ("… Lê Đức Thọ. Tổ công tác …" is one).
    private static bool IsAbbreviation(char[] c, int from, int dot)
    {
        var k = dot;
        while (k > from && char.IsLetter(c[k - 1]))
        {
            k--;
        }

        var word = new string(c, k, dot - k);
        return word is "TP" or "Tp" or "TX" or "Tx" or "TT" or "Q" or "H" or "P";
    }
}
