using System.Text;

namespace KyCuong.Documents.Text;

/// <summary>
/// The input text made ready for reading: <see cref="Clean"/> blanks out markup (bold/italic markers,
/// footnote tags, HTML tags) with spaces so every offset still points into <see cref="Original"/>;
/// <see cref="Fold"/> is the same text folded for accent-insensitive matching.
/// </summary>
internal sealed class PreparedText
{
    private const int ColumnGap = 3;

    private PreparedText(string original, string clean, TextLine[] lines)
    {
        Original = original;
        Clean = clean;
        Fold = VietnameseText.FoldString(clean);
        Lines = lines;
    }

    public string Original { get; }

    public string Clean { get; }

    public string Fold { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    public static PreparedText Create(string text)
    {
        var recombined = LayoutNormaliser.RecombineMarks(text);
        var original = recombined.IsNormalized(NormalizationForm.FormC) ? recombined : recombined.Normalize(NormalizationForm.FormC);
        var chars = original.ToCharArray();
        var footnoteLineStarts = new HashSet<int>();
        BlankMarkup(chars, footnoteLineStarts);
        LayoutNormaliser.Normalise(chars);
        var clean = new string(chars);
        return new PreparedText(original, clean, SplitLines(clean, footnoteLineStarts));
    }

    public string TextOf(int start, int end) => Clean[start..end];

    public string TextOf(TextLine line) => Clean[line.Start..line.End];

    // The end of a run of five or more dashes at i followed by a space, or 0.
    private int DashRunEnd(int i, int lineEnd)
    {
        var j = i;
        while (j < lineEnd && Clean[j] == '-')
        {
            j++;
        }

        return j - i >= 5 && j < lineEnd && Clean[j] == ' ' ? j : 0;
    }

    /// <summary>Splits a line into column cells at runs of three or more spaces (or a rule of dashes a copy left inside it).</summary>
    public List<TextCell> CellsOf(TextLine line)
    {
        var cells = new List<TextCell>(2);
        var i = line.Start;
        var lineStart = LineStartOf(line.Start);
        while (i < line.End)
        {
            var start = i;
            var end = i;
            while (i < line.End)
            {
                // "ỦY BAN NHÂN DÂN TỈNH … ------------- Số: 52/2018/QĐ-UBND": a copy that joined the header's lines keeps the
                // rule under the issuer between them; a run of five or more dashes inside a line parts it as a column gap does.
                if (Clean[i] == '-' && i > start && Clean[i - 1] == ' ' && DashRunEnd(i, line.End) is var runEnd and > 0)
                {
                    i = runEnd;
                    while (i < line.End && Clean[i] == ' ')
                    {
                        i++;
                    }

                    break;
                }

                if (Clean[i] == ' ')
                {
                    var gap = i;
                    while (gap < line.End && Clean[gap] == ' ')
                    {
                        gap++;
                    }

                    if (gap - i >= ColumnGap || gap == line.End)
                    {
                        end = i;
                        i = gap;
                        break;
                    }

                    i = gap;
                    continue;
                }

                i++;
                end = i;
            }

            if (end > start)
            {
                cells.Add(new TextCell(start, end, start - lineStart));
            }
        }

        return cells;
    }

    private int LineStartOf(int index)
    {
        var i = index;
        while (i > 0 && Clean[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }

    private static TextLine[] SplitLines(string clean, HashSet<int> footnoteLineStarts)
    {
        var lines = new List<TextLine>(clean.Length / 40 + 4);
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] != '\n')
            {
                continue;
            }

            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(clean[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(clean[e - 1]))
            {
                e--;
            }

            lines.Add(new TextLine(s, e, footnoteLineStarts.Contains(start)));
            start = i + 1;
        }

        return [.. lines];
    }

    // Blanks markdown and HTML markup in place (same length), noting lines that open with a footnote mark.
    private static void BlankMarkup(char[] c, HashSet<int> footnoteLineStarts)
    {
        var lineStart = 0;
        var atLineStart = true;
        for (var i = 0; i < c.Length; i++)
        {
            var ch = c[i];
            switch (ch)
            {
                case '\n':
                    lineStart = i + 1;
                    atLineStart = true;
                    continue;
                case '\r' or '\t' or '\u00A0' or '\u200B' or '\uFEFF' or '\u2007' or '\u202F' or '*' or '\u00AD':
                    c[i] = ' ';
                    continue;
                case '\f' or '\v' or '\u2028' or '\u2029' or '\u0085':
                    c[i] = '\n';
                    lineStart = i + 1;
                    atLineStart = true;
                    continue;
                case '\\' when i + 1 < c.Length && char.IsPunctuation(c[i + 1]):
                    c[i] = ' ';
                    continue;
                // "Công điện số 1478⁄CĐ-TTg": a fraction or division slash an editor typed for the symbol's slash is that
                // slash (NĐ 30/2020 Phụ lục I; docs/domain.md §5, citations as copies write them).
                case '\u2044' or '\u2215':
                    c[i] = '/';
                    continue;
                case '_' when (i + 1 < c.Length && c[i + 1] == '_') || (i > 0 && c[i - 1] == '_'):
                    c[i] = ' ';
                    continue;
                case '#' when atLineStart:
                    c[i] = ' ';
                    continue;
                case '<':
                    var tagEnd = TagEnd(c, i);
                    if (tagEnd > i)
                    {
                        var isSup = IsTag(c, i, "sup");
                        var end = tagEnd;
                        if (isSup)
                        {
                            // A footnote reference <sup>1</sup>: blank the number with the tags.
                            var close = IndexOf(c, "</sup>", tagEnd, 24);
                            if (close > 0)
                            {
                                end = close + 6;
                            }

                            if (atLineStart)
                            {
                                footnoteLineStarts.Add(lineStart);
                            }
                        }

                        for (var k = i; k < end; k++)
                        {
                            if (c[k] != '\n')
                            {
                                c[k] = ' ';
                            }
                        }

                        i = end - 1;
                        continue;
                    }

                    break;
            }

            if (!char.IsWhiteSpace(c[i]))
            {
                atLineStart = false;
            }
        }
    }

    private static bool IsTag(char[] c, int i, string name)
    {
        if (i + name.Length + 1 >= c.Length)
        {
            return false;
        }

        for (var k = 0; k < name.Length; k++)
        {
            if (char.ToLowerInvariant(c[i + 1 + k]) != name[k])
            {
                return false;
            }
        }

        return c[i + 1 + name.Length] is '>' or ' ';
    }

    // The end (exclusive) of an HTML tag such as <sup>, </u>, <br/> starting at i, or -1.
    private static int TagEnd(char[] c, int i)
    {
        var k = i + 1;
        if (k < c.Length && c[k] == '/')
        {
            k++;
        }

        if (k >= c.Length || !char.IsAsciiLetter(c[k]))
        {
            return -1;
        }

        var limit = Math.Min(c.Length, i + 40);
        for (; k < limit; k++)
        {
            if (c[k] == '>')
            {
                return k + 1;
            }

            if (c[k] is '<' or '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int IndexOf(char[] c, string value, int from, int maxDistance)
    {
        var limit = Math.Min(c.Length - value.Length, from + maxDistance);
        for (var i = from; i <= limit; i++)
        {
            var match = true;
            for (var k = 0; k < value.Length; k++)
            {
                if (char.ToLowerInvariant(c[i + k]) != value[k])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
