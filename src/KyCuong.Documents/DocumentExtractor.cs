using System.Diagnostics.CodeAnalysis;
using KyCuong.Documents.Parsing;
using KyCuong.Documents.Text;

namespace KyCuong.Documents;

/// <summary>
/// Reads an administrative document's plain text into the contract's extraction (docs/api.md
/// "Extraction JSON"; layout per NĐ 30/2020). Never throws: unreadable text gives nulls.
/// </summary>
public static class DocumentExtractor
{
    private const int MaxLength = 4_000_000;

    /// <summary>Extracts header, cited documents, tasks and attached documents from <paramref name="text"/>.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The contract: extraction never fails; unreadable text gives nulls.")]
    public static DocumentExtraction Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentExtraction.Empty;
        }

        try
        {
            var prepared = PreparedText.Create(text.Length > MaxLength ? text[..MaxLength] : text);
            var segments = DocumentSplitter.Split(prepared);
            var main = ExtractSegment(prepared, segments[0]);
            if (segments.Count == 1)
            {
                return main;
            }

            var attached = new List<DocumentExtraction>(segments.Count - 1);
            for (var i = 1; i < segments.Count; i++)
            {
                attached.Add(ExtractSegment(prepared, segments[i]));
            }

            return main with { AttachedDocuments = attached };
        }
        catch (Exception)
        {
            return DocumentExtraction.Empty;
        }
    }

    private static DocumentExtraction ExtractSegment(PreparedText p, Segment segment)
    {
        var header = new HeaderReader(p, segment);
        header.Read();

        var symbol = header.Symbol;
        var number = symbol is { Number.Length: > 0 } ? symbol.Number : null;
        var numberSymbol = number is null ? null : symbol!.Format();
        var type = header.TypeName
            ?? (symbol?.Kind == NumberSymbolKind.OfficialLetter ? DocumentTypes.OfficialLetter : symbol?.TypeName)
            ?? (header.HasVv ? DocumentTypes.OfficialLetter : null);

        var segmentStart = segment.From < p.Lines.Count ? p.Lines[segment.From].Start : p.Clean.Length;
        var segmentEnd = segment.To < p.Lines.Count ? p.Lines[segment.To].Start : p.Clean.Length;
        var issuer = header.Issuer ?? IssuerInference.Infer(symbol, header.Place, header.SigningForm, p.Fold.AsSpan(segmentStart, segmentEnd - segmentStart));

        var year = header.Year;
        var bodyFrom = header.BodyStart;
        var bodyTo = header.BodyEnd;
        var tasks = new BodyReader(p, bodyFrom, bodyTo, header.Recipients, year).Read();

        var numberLine = header.NumberLine >= 0 ? p.Lines[header.NumberLine] : default;
        // Citations are listed in the order the body makes them; those only in the subject come last.
        var bodyOffset = bodyFrom < p.Lines.Count ? Math.Clamp(p.Lines[bodyFrom].Start, segmentStart, segmentEnd) : segmentEnd;
        bool Excluded(int at) => header.NumberLine >= 0 && at >= numberLine.Start && at < numberLine.End;
        var cited = CitationScanner.Scan(p, bodyOffset, segmentEnd, Excluded, numberSymbol);
        foreach (var c in CitationScanner.Scan(p, segmentStart, bodyOffset, Excluded, numberSymbol))
        {
            var same = cited.FindIndex(x => x.NumberSymbol == c.NumberSymbol);
            if (same < 0)
            {
                cited.Add(c);
            }
            else if (cited[same].Date is null && c.Date is not null)
            {
                cited[same] = cited[same] with { Date = c.Date };
            }
        }

        return new DocumentExtraction
        {
            Issuer = issuer,
            Number = number,
            Symbol = symbol?.Symbol,
            NumberSymbol = numberSymbol,
            NumberSymbolAsWritten = header.NumberSymbolAsWritten,
            Type = type,
            Place = header.Place,
            Date = header.Date,
            DatePartial = header.DatePartial,
            Subject = header.Subject,
            Urgency = header.Urgency,
            Secrecy = header.Secrecy,
            Recipients = header.Recipients,
            Signer = header.Signer,
            SigningForm = header.SigningForm,
            Distribution = header.Distribution,
            CitedDocuments = cited,
            Tasks = tasks,
            Sources = new Dictionary<string, TextSpan>(header.Sources, StringComparer.Ordinal),
        };
    }
}
