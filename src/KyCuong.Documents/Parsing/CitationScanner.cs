using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>Finds cited documents ("Công điện số 280/CD-TTg ngày 19/4/2023"), footnotes included.</summary>
internal static class CitationScanner
{
    public static List<CitedDocument> Scan(PreparedText p, int start, int end, Func<int, bool> excluded, string? ownNumberSymbol, CancellationToken ct)
    {
        var found = new List<CitedDocument>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        if (end <= start)
        {
            return found;
        }

        foreach (var match in Patterns.Symbol.EnumerateMatches(p.Clean.AsSpan(start, end - start)))
        {
            ct.ThrowIfCancellationRequested();
            var at = start + match.Index;
            if (excluded(at) || (at > 0 && char.IsLetterOrDigit(p.Clean[at - 1])))
            {
                continue;
            }

            var raw = p.Clean.Substring(at, match.Length);
            // Copied text loses the space before the date ("1033/PTM-SMEngày 15 tháng 4"): the glued word is no part of the symbol.
            if (raw.Length > 5 && raw.EndsWith("ngày", StringComparison.Ordinal) && (char.IsUpper(raw[^5]) || char.IsAsciiDigit(raw[^5])))
            {
                raw = raw[..^4];
            }
            var symbol = NumberSymbol.TryParseCore(raw, allowMissingNumber: false);
            if (symbol is null)
            {
                continue;
            }

            var typeName = TypeBefore(p.Fold, at, out var hasSo);
            if (symbol.Kind == NumberSymbolKind.OfficialLetter && typeName is null && !hasSo)
            {
                continue;
            }

            var formatted = symbol.Format();
            if (formatted == ownNumberSymbol)
            {
                continue;
            }

            var type = symbol.Kind == NumberSymbolKind.OfficialLetter ? typeName ?? symbol.TypeName : symbol.TypeName ?? typeName;
            var date = DateAfter(p.Fold, at + match.Length, end);
            var written = VietnameseText.CollapseSpaces(raw);
            var asWritten = written == formatted ? null : written;
            var cited = new CitedDocument
            {
                Type = type,
                NumberSymbol = formatted,
                Date = date,
                AsWritten = asWritten,
                Source = new TextSpan(at, match.Length),
            };

            if (index.TryGetValue(formatted, out var existing))
            {
                var old = found[existing];
                if (old.Date is null && date is not null)
                {
                    found[existing] = old with { Date = date, AsWritten = asWritten, Type = old.Type ?? type };
                }

                continue;
            }

            index[formatted] = found.Count;
            found.Add(cited);
        }

        return found;
    }

    // "Quyết định số 13/2021/…", "công văn số 1965/…", "Văn bản số …": the type name before "số".
    private static string? TypeBefore(string fold, int at, out bool hasSo)
    {
        hasSo = false;
        var i = at;
        // "Công văn số\n555/…": the number may stand on the next line.
        while (i > 0 && fold[i - 1] is ' ' or ':' or '.' or '\n' or '\r')
        {
            i--;
        }

        if (i >= 2 && fold[i - 2] == 's' && fold[i - 1] == 'o' && (i < 3 || !char.IsLetter(fold[i - 3])))
        {
            hasSo = true;
            i -= 2;
            while (i > 0 && fold[i - 1] == ' ')
            {
                i--;
            }
        }

        return DocumentTypes.NameEndingAt(fold, i, out _);
    }

    private static DateOnly? DateAfter(string fold, int i, int end)
    {
        var limit = Math.Min(end, i + 60);
        while (i < limit && fold[i] is ' ' or ',' or '(')
        {
            i++;
        }

        if (i + 4 > limit || string.CompareOrdinal(fold, i, "ngay", 0, 4) != 0)
        {
            return null;
        }

        return DateText.TryRead(fold, i + 4, limit, allowBlank: false, out var d, out var m, out var y, out _)
            ? DateText.ToDate(d, m, y)
            : null;
    }
}
