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
            if (excluded(at) || (at > 0 && char.IsLetterOrDigit(p.Clean[at - 1]) && !LostSoBefore(p.Clean, at)))
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
                if (OldSymbol(p, raw, at, at + match.Length, end) is { } oldSymbol && oldSymbol != ownNumberSymbol)
                {
                    Add(new CitedDocument
                    {
                        Type = TypeBefore(p.Fold, p.Clean, at, out _),
                        NumberSymbol = oldSymbol,
                        Date = DateAfter(p.Fold, at + match.Length, end),
                        Source = new TextSpan(at, match.Length),
                    });
                }

                continue;
            }

            var typeName = TypeBefore(p.Fold, p.Clean, at, out var hasSo);
            if (symbol.Kind == NumberSymbolKind.OfficialLetter && typeName is null && !hasSo && !GenericDocumentBefore(p.Fold, at))
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

            // "các công văn số 614, 615, 616-CV/VPTW", "Thông tư số 12, 13/2024/TT-BTC": numbers listed before a symbol,
            // after "số", share it (in the order written: the list is read backwards from the symbol).
            var numbers = SharedNumbers(p, at, ct);
            for (var n = numbers.Count - 1; n >= 0; n--)
            {
                if (NumberSymbol.TryParseCore(numbers[n] + formatted[NumberLength(formatted)..], allowMissingNumber: false) is { } shared
                    && shared.Format() is var sharedFormatted && sharedFormatted != ownNumberSymbol)
                {
                    Add(cited with { NumberSymbol = sharedFormatted, AsWritten = null });
                }
            }

            Add(cited);
        }

        // "số 115 CĐ-TTg", "số 84 QĐ/TWĐTN": the separator after the number lost to a space.
        foreach (var match in Patterns.SpacedSymbol.EnumerateMatches(p.Clean.AsSpan(start, end - start)))
        {
            var at = start + match.Index;
            if (excluded(at) || (at > 0 && char.IsLetterOrDigit(p.Clean[at - 1])) || !(at >= 4 && p.Fold.AsSpan(at - 3, 3).SequenceEqual("so ") && !char.IsLetter(p.Fold[at - 4])))
            {
                continue;
            }

            var raw = p.Clean.Substring(at, match.Length);
            var space = raw.IndexOf(' ', StringComparison.Ordinal);
            var separator = raw.IndexOfAny(['-', '/'], space);
            var joined = raw[..space] + (raw[separator] == '-' ? "/" : "-") + raw[(space + 1)..];
            if (NumberSymbol.TryParseCore(joined, allowMissingNumber: false) is not { } symbol || symbol.Format() is var formatted && formatted == ownNumberSymbol)
            {
                continue;
            }

            Add(new CitedDocument
            {
                Type = symbol.TypeName ?? TypeBefore(p.Fold, p.Clean, at, out _),
                NumberSymbol = formatted,
                Date = DateAfter(p.Fold, at + match.Length, end),
                AsWritten = raw,
                Source = new TextSpan(at, match.Length),
            });
        }

        return found;

        void Add(CitedDocument cited)
        {
            if (index.TryGetValue(cited.NumberSymbol, out var existing))
            {
                var old = found[existing];
                if (old.Date is null && cited.Date is not null)
                {
                    found[existing] = old with { Date = cited.Date, AsWritten = cited.AsWritten, Type = old.Type ?? cited.Type };
                }

                return;
            }

            index[cited.NumberSymbol] = found.Count;
            found.Add(cited);
        }
    }

    // "Nghị định số 198-CP ngày 07 tháng 11 năm 1961", "Quyết định số 212-TTg ngày 31-12-1992", "…, số 151-CT ngày
    // 25.5.1982": before the symbol grammar of the 1990s a document's number was followed by its issuer alone (CP, TTg,
    // CT of the Council of Ministers' chairman, HĐBT). Read only after "số" and before its date ("ngày"), the shape in
    // which the grounds cite such a document (docs/domain.md §5, citations as copies write them); kept as written.
    private static string? OldSymbol(PreparedText p, string raw, int at, int matchEnd, int end)
    {
        var dash = raw.IndexOf('-', StringComparison.Ordinal);
        if (dash is < 1 or > 5 || raw.Length - dash - 1 is < 2 or > 5 || !char.IsUpper(raw[dash + 1]) || !char.IsUpper(raw[dash + 2]))
        {
            return null;
        }

        for (var k = 0; k < raw.Length; k++)
        {
            if (k < dash ? !char.IsAsciiDigit(raw[k]) : k > dash && !char.IsLetter(raw[k]))
            {
                return null;
            }
        }

        TypeBefore(p.Fold, p.Clean, at, out var hasSo);
        var i = matchEnd;
        while (i < end && p.Fold[i] is ' ' or ',')
        {
            i++;
        }

        return hasSo && i + 5 < end && string.CompareOrdinal(p.Fold, i, "ngay", 0, 4) == 0 && p.Fold[i + 4] == ' ' ? raw : null;
    }

    private static int NumberLength(string formatted)
    {
        var i = 0;
        while (i < formatted.Length && char.IsAsciiDigit(formatted[i]))
        {
            i++;
        }

        return i;
    }

    // The bare numbers listed right before the symbol at <paramref name="at"/> ("614, 615, 616-CV/VPTW", "12 và
    // 13/2024/TT-BTC"), when "số" opens the list; none otherwise (allocation only when a list is found).
    private static List<string> SharedNumbers(PreparedText p, int at, CancellationToken ct)
    {
        List<string>? numbers = null;
        var i = at;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var k = i;
            while (k > 0 && p.Clean[k - 1] == ' ')
            {
                k--;
            }

            if (k > 0 && p.Clean[k - 1] == ',')
            {
                k--;
            }
            else if (k >= 3 && string.CompareOrdinal(p.Fold, k - 3, " va", 0, 3) == 0 && k == i - 1)
            {
                k -= 3;
            }
            else
            {
                break;
            }

            while (k > 0 && p.Clean[k - 1] == ' ')
            {
                k--;
            }

            var e = k;
            while (k > 0 && char.IsAsciiDigit(p.Clean[k - 1]) && e - k < 6)
            {
                k--;
            }

            if (k == e || (k > 0 && (char.IsLetterOrDigit(p.Clean[k - 1]) || p.Clean[k - 1] is '/' or '-' or '.')))
            {
                break;
            }

            (numbers ??= []).Add(p.Clean[k..e]);
            i = k;
        }

        if (numbers is null)
        {
            return Empty;
        }

        TypeBefore(p.Fold, p.Clean, i, out var hasSo);
        return hasSo ? numbers : Empty;
    }

    private static readonly List<string> Empty = [];

    // "Quyết định số 13/2021/…", "công văn số 1965/…", "Văn bản số …": the type name before "số".
    private static string? TypeBefore(string fold, string clean, int at, out bool hasSo)
    {
        hasSo = false;
        var i = at;
        // "Công văn số\n555/…": the number may stand on the next line.
        while (i > 0 && fold[i - 1] is ' ' or ':' or '.' or '\n' or '\r')
        {
            i--;
        }

        // "số" (not "hồ sơ", whose "sơ" folds alike). A copy may glue it to the word before ("văn bảnsố 217/TTg-KTN"): then
        // only the written "ố" tells it from a word ending in "so" (docs/domain.md §5, copies lose spaces between syllables).
        if (i >= 2 && fold[i - 2] == 's' && fold[i - 1] == 'o' && clean[i - 1] is not ('ơ' or 'Ơ')
            && (i < 3 || !char.IsLetter(fold[i - 3]) || clean[i - 1] is 'ố' or 'Ố'))
        {
            hasSo = true;
            i -= 2;
            while (i > 0 && fold[i - 1] == ' ')
            {
                i--;
            }
        }

        else if (LostSoBefore(clean, at))
        {
            // "Nghị định s20/2008/NĐ-CP": the copy lost the "ố" of "số" (and the space after it).
            hasSo = true;
            i = at - 1;
            while (i > 0 && fold[i - 1] == ' ')
            {
                i--;
            }
        }

        return DocumentTypes.NameEndingAt(fold, i, out _);
    }

    // A lone "s" glued to a symbol ("Nghị định s20/2008/NĐ-CP") is "số" whose "ố" a page's font dropped (docs/domain.md §5:
    // copies lose letters and spaces); "s" inside a word ("Chỉ thị số 15/CT-TTg" is read above) never is.
    private static bool LostSoBefore(string clean, int at) =>
        at >= 2 && clean[at - 1] is 's' or 'S' && !char.IsLetterOrDigit(clean[at - 2]);

    // "văn bản 6352/SXD-TTr ngày 22/7/2020": the generic noun for a document names a letter the way its type does.
    private static bool GenericDocumentBefore(string fold, int at)
    {
        var i = at;
        while (i > 0 && fold[i - 1] is ' ')
        {
            i--;
        }

        return i >= 7 && string.CompareOrdinal(fold, i - 7, "van ban", 0, 7) == 0 && (i == 7 || !char.IsLetter(fold[i - 8]));
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
