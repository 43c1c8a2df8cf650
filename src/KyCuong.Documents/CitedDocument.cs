using System.Text.Json.Serialization;

namespace KyCuong.Documents;

/// <summary>A document cited in the text ("Công điện số 280/CĐ-TTg ngày 19/4/2023").</summary>
public sealed record CitedDocument
{
    /// <summary>Full type name (<c>Công điện</c>), or null when the text does not say.</summary>
    public string? Type { get; init; }

    /// <summary>The normalised number and symbol.</summary>
    public required string NumberSymbol { get; init; }

    /// <summary>The date of the cited document, when the citation gives it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The symbol as printed, only when normalisation changed it (<c>280/CD-TTg</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AsWritten { get; init; }

    /// <summary>Where the citation's symbol is in the text (not part of the contract).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextSpan? Source { get; init; }
}
