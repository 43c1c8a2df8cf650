using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// Splits a text carrying several documents (a công văn with the công điện it forwards attached) at
/// each new header — a national motto or "Số:" line — that follows a finished document's "Nơi nhận".
/// </summary>
internal static class DocumentSplitter
{
    public static List<Segment> Split(PreparedText p)
    {
        var segments = new List<Segment>();
        var from = 0;
        var finished = false;
        for (var li = 0; li < p.Lines.Count; li++)
        {
            var line = p.Lines[li];
            if (line.IsBlank)
            {
                continue;
            }

            var folded = p.Fold.AsSpan(line.Start, line.Length);
            if (LineKinds.IsNoiNhan(folded))
            {
                finished = true;
                continue;
            }

            if (!finished || (!LineKinds.IsMotto(folded) && LineKinds.NumberLineRest(folded) < 0))
            {
                continue;
            }

            var start = HeaderStart(p, li, from);
            segments.Add(new Segment(from, start));
            from = start;
            finished = false;
        }

        segments.Add(new Segment(from, p.Lines.Count));
        return segments;
    }

    // The issuer block just above the motto belongs to the new document.
    private static int HeaderStart(PreparedText p, int li, int min)
    {
        var start = li;
        var k = li - 1;
        while (k > min && p.Lines[k].IsBlank)
        {
            k--;
        }

        var blockEnd = k;
        while (k > min && !p.Lines[k].IsBlank && blockEnd - k < 3)
        {
            var text = p.TextOf(p.Lines[k]);
            if (!VietnameseText.IsMostlyUpper(text) || LineKinds.IsTitle(text, p.Fold.AsSpan(p.Lines[k].Start, p.Lines[k].Length)))
            {
                return start;
            }

            k--;
        }

        return p.Lines[k].IsBlank ? k + 1 : start;
    }
}
