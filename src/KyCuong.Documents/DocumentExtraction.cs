using System.Text.Json.Serialization;

namespace KyCuong.Documents;

/// <summary>
/// What was read from a document's text (docs/api.md "Extraction JSON"). Unknown values are null,
/// never guessed: a blank number or day stays null (NĐ 30/2020 numbers a document on issue).
/// </summary>
public sealed record DocumentExtraction
{
    /// <summary>An extraction with nothing found.</summary>
    public static DocumentExtraction Empty { get; } = new();

    /// <summary>The issuing body ("Ủy ban nhân dân tỉnh Kiên Giang").</summary>
    public string? Issuer { get; init; }

    /// <summary>The number alone ("919"); null when printed blank.</summary>
    public string? Number { get; init; }

    /// <summary>The symbol ("UBND-NC").</summary>
    public string? Symbol { get; init; }

    /// <summary>Number and symbol ("919/UBND-NC"); null when the number is blank.</summary>
    public string? NumberSymbol { get; init; }

    /// <summary>Full type name ("Công văn", "Công điện").</summary>
    public string? Type { get; init; }

    /// <summary>The place of issue ("Kiên Giang").</summary>
    public string? Place { get; init; }

    /// <summary>The date of issue; null unless day, month and year are all printed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The subject ("trích yếu"), without "V/v".</summary>
    public string? Subject { get; init; }

    /// <summary>Khẩn, Thượng khẩn or Hỏa tốc.</summary>
    public string? Urgency { get; init; }

    /// <summary>Mật, Tối mật or Tuyệt mật.</summary>
    public string? Secrecy { get; init; }

    /// <summary>The "Kính gửi" addressees.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The signer's name.</summary>
    public string? Signer { get; init; }

    /// <summary>The signing authority lines joined with " / " ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").</summary>
    public string? SigningForm { get; init; }

    /// <summary>The "Nơi nhận" list.</summary>
    public IReadOnlyList<string> Distribution { get; init; } = [];

    /// <summary>Documents cited in the text, footnotes included, each once.</summary>
    public IReadOnlyList<CitedDocument> CitedDocuments { get; init; } = [];

    /// <summary>Tasks read from the clauses.</summary>
    public IReadOnlyList<ExtractedTask> Tasks { get; init; } = [];

    /// <summary>Documents carried in the same text after this one (same shape).</summary>
    public IReadOnlyList<DocumentExtraction> AttachedDocuments { get; init; } = [];

    /// <summary>The number and symbol as printed, when normalisation changed it ("968/CD-TTg").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NumberSymbolAsWritten { get; init; }

    /// <summary>What is printed of an incomplete date ("2023", "2023-06") when <see cref="Date"/> is null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DatePartial { get; init; }

    /// <summary>
    /// True when the text was longer than <see cref="DocumentExtractor.MaxTextLength"/> or had more than
    /// <see cref="DocumentExtractor.MaxTasks"/> tasks, and the extraction stops there; absent otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Truncated { get; init; }

    /// <summary>Set when the text was recognised from a scan (OCR); absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OcrReading? Ocr { get; init; }

    /// <summary>Where each header field came from, by JSON field name (for highlighting; not part of the contract).</summary>
    public IReadOnlyDictionary<string, TextSpan> Sources { get; init; } = new Dictionary<string, TextSpan>();
}
