namespace KyCuong.Documents.Parsing;

/// <summary>A numbered clause, lettered sub-clause or article, with its text (marker removed).</summary>
internal sealed class Clause
{
    public required string Ref { get; init; }

    public required int Level { get; init; }

    public Clause? Parent { get; init; }

    public List<Clause> Children { get; } = [];

    public required string Text { get; set; }

    public required int Start { get; init; }

    public required int End { get; set; }

    public int Number { get; init; }

    public char Letter { get; init; }
}
