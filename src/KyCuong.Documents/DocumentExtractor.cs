using System.Diagnostics.CodeAnalysis;
using KyCuong.Documents.Parsing;
using KyCuong.Documents.Text;

namespace KyCuong.Documents;

/// <summary>
/// Reads an administrative document's plain text into the contract's extraction (docs/api.md
/// "Extraction JSON"; layout per NĐ 30/2020). Never throws for bad text: unreadable text gives nulls.
/// The work is linear in the text and capped per call (docs/performance.md, "Extraction in linear time"):
/// at most <see cref="MaxTextLength"/> characters are read and at most <see cref="MaxTasks"/> tasks returned;
/// beyond either the extraction is cut there and <see cref="DocumentExtraction.Truncated"/> is true.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>The most characters read from one text (about 300 printed pages; a long decree is under 200,000).</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>The most tasks returned for one text, attached documents included.</summary>
    public const int MaxTasks = 2_000;

    /// <summary>Extracts header, cited documents, tasks and attached documents from <paramref name="text"/>.</summary>
    public static DocumentExtraction Extract(string? text) => ExtractCancellable(text, CancellationToken.None);

    /// <summary>
    /// Extracts as <see cref="Extract(string?)"/>, stopping with <see cref="OperationCanceledException"/> as soon as
    /// <paramref name="ct"/> is cancelled (a client that gave up must not keep a core busy).
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The contract: extraction never fails; unreadable text gives nulls.")]
    public static DocumentExtraction ExtractCancellable(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentExtraction.Empty;
        }

        try
        {
            var truncated = text.Length > MaxTextLength;
            var prepared = PreparedText.Create(truncated ? text[..MaxTextLength] : text);
            ct.ThrowIfCancellationRequested();
            var segments = DocumentSplitter.Split(prepared);
            var budget = new TaskBudget(MaxTasks);
            var main = ExtractSegment(prepared, segments[0], budget, ct);
            if (segments.Count > 1)
            {
                var attached = new List<DocumentExtraction>(segments.Count - 1);
                for (var i = 1; i < segments.Count; i++)
                {
                    attached.Add(ExtractSegment(prepared, segments[i], budget, ct));
                }

                main = main with { AttachedDocuments = attached };
            }

            return truncated || budget.Exhausted ? main with { Truncated = true } : main;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            return DocumentExtraction.Empty;
        }
    }

    private static DocumentExtraction ExtractSegment(PreparedText p, Segment segment, TaskBudget budget, CancellationToken ct)
    {
        var header = new HeaderReader(p, segment);
        header.Read();

        var symbol = header.Symbol;
        var date = header.Date;
        string? noteType = null;
        if (symbol is null && SourceNote.Find(p, segment.From, segment.To) is { } note)
        {
            // A reproduced opinion with no number line of its own: its source note names the document.
            (noteType, symbol, date) = (note.Type, note.Symbol, note.Date ?? date);
        }

        var number = symbol is { Number.Length: > 0 } ? symbol.Number : null;
        var numberSymbol = number is null ? null : symbol!.Format();
        var type = header.TypeName ?? noteType
            ?? (symbol?.Kind == NumberSymbolKind.OfficialLetter ? DocumentTypes.OfficialLetter : symbol?.TypeName)
            ?? (header.HasVv ? DocumentTypes.OfficialLetter : null)
            // A text that opens with "Kính gửi:" and names no type of its own (a letter whose header the copy lost):
            // the salutation is the letter's (NĐ 30/2020 Phụ lục I, công văn).
            ?? (header.Recipients.Count > 0 && header.TypeName is null && symbol is null ? DocumentTypes.OfficialLetter : null);

        var segmentStart = segment.From < p.Lines.Count ? p.Lines[segment.From].Start : p.Clean.Length;
        var segmentEnd = segment.To < p.Lines.Count ? p.Lines[segment.To].Start : p.Clean.Length;
        var issuer = IssuerInference.CompleteBare(IssuerNames.WithLocality(header.Issuer, header.Place), p.Fold.AsSpan(segmentStart, segmentEnd - segmentStart))
            ?? IssuerInference.Infer(symbol, header.Place, header.SigningForm, p.Fold.AsSpan(segmentStart, segmentEnd - segmentStart));

        var year = header.Year;
        var bodyFrom = header.BodyStart;
        var bodyTo = header.BodyEnd;
        // A page with no type and no number is a report of documents (a news item): its "đã giao" is the news itself.
        var report = type is null && symbol is null && issuer is null;
        var tasks = new BodyReader(p, bodyFrom, bodyTo, header.Recipients, year, budget, ct, report).Read();

        var numberLine = header.NumberLine >= 0 ? p.Lines[header.NumberLine] : default;
        // Citations are listed in the order the body makes them; those only in the subject come last.
        var bodyOffset = bodyFrom < p.Lines.Count ? Math.Clamp(p.Lines[bodyFrom].Start, segmentStart, segmentEnd) : segmentEnd;
        bool Excluded(int at) => header.NumberLine >= 0 && at >= numberLine.Start && at < numberLine.End;
        var cited = CitationScanner.Scan(p, bodyOffset, segmentEnd, Excluded, numberSymbol, ct);
        var citedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cited.Count; i++)
        {
            citedIndex.TryAdd(cited[i].NumberSymbol, i);
        }

        foreach (var c in CitationScanner.Scan(p, segmentStart, bodyOffset, Excluded, numberSymbol, ct))
        {
            // A dictionary, not FindIndex: a subject citing many documents the body also cites was quadratic.
            if (!citedIndex.TryGetValue(c.NumberSymbol, out var same))
            {
                citedIndex[c.NumberSymbol] = cited.Count;
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
            Date = date,
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
