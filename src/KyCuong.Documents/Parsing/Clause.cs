using System.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>A numbered clause, lettered sub-clause or article, with its text (marker removed).</summary>
internal sealed class Clause
{
    public required string Ref { get; init; }

    public required int Level { get; init; }

    public Clause? Parent { get; init; }

    public List<Clause> Children { get; } = [];

    // Paragraphs that continue a clause are appended in a builder: rebuilding the string for each one made a body of
    // many continuation lines quadratic (docs/performance.md, "Extraction in linear time").
    private readonly StringBuilder _text = new();
    private string? _cached;

    public required string Text
    {
        get => _cached ??= _text.ToString();
        init => _text.Append(value);
    }

    /// <summary>Appends a continuation paragraph, separated by one space.</summary>
    public void Append(string more)
    {
        _text.Append(' ').Append(more);
        _cached = null;
    }

    public required int Start { get; init; }

    public required int End { get; set; }

    public int Number { get; init; }

    public char Letter { get; init; }
}
