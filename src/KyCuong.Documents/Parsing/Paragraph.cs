namespace KyCuong.Documents.Parsing;

/// <summary>A paragraph of the body rebuilt from lines: its text and where it is.</summary>
internal sealed class Paragraph
{
    public required string Text { get; set; }

    public required int Start { get; init; }

    public required int End { get; set; }
}
