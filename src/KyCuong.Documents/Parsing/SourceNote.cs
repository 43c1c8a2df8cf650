using System.Text.RegularExpressions;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)": the line a portal puts under the opinion or direction it
/// reproduces, naming the document it was taken from. When the page shows no number line of its own, this line
/// gives the document's type, number and date (and the number is the document itself, not a citation). The same portal
/// also writes it without brackets ("Theo Công văn 707/UBND-KT ngày 28/02/2023") or as a link without the date ("Xem chi
/// tiết tại Công văn 369/UBND-KT"); then the date is not known (docs/domain.md §5, twenty-sixth pass).
/// </summary>
internal static partial class SourceNote
{
    public static (string Type, NumberSymbol Symbol, DateOnly? Date)? Find(PreparedText p, int fromLine, int toLine)
    {
        // The note closes the reproduced text: only the last few lines are looked at.
        for (int li = toLine - 1, seen = 0; li >= fromLine && seen < 6; li--)
        {
            var line = p.Lines[li];
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            var text = p.TextOf(line).Trim();
            if (text.Length < 20 || text.Length > 120
                || !(text.StartsWith("(Theo ", StringComparison.Ordinal) || text.StartsWith("Theo ", StringComparison.Ordinal)
                     || text.StartsWith("Xem chi tiết tại ", StringComparison.Ordinal)))
            {
                continue;
            }

            var m = Note().Match(text);
            if (!m.Success || DocumentTypes.RecognizeName(m.Groups["type"].Value) is not { } type
                || !NumberSymbol.TryParse(m.Groups["ns"].Value, out var symbol))
            {
                continue;
            }

            if (!m.Groups["d"].Success)
            {
                return (type, symbol, null);
            }

            if (DateText.ToDate(int.Parse(m.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)) is not { } date)
            {
                continue;
            }

            return (type, symbol, date);
        }

        return null;
    }

    // The bracketed note and the bracketless one carry the date; the link ("Xem chi tiết tại …") may not.
    [GeneratedRegex(@"^(?:\(Theo\s+(?<type>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:số\s+)?(?<ns>[\p{L}\p{N}/.\-]+?),?\s+ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\)|Theo\s+(?<type>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:số\s+)?(?<ns>[\p{L}\p{N}/.\-]+?),?\s+ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})|Xem chi tiết tại\s+(?<type>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:số\s+)?(?<ns>[\p{L}\p{N}/.\-]+?)(?:,?\s+ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}))?)\.?$")]
    private static partial Regex Note();
}
