namespace KyCuong.Documents.Parsing;

/// <summary>One document within the text: lines [<see cref="From"/>, <see cref="To"/>).</summary>
internal readonly record struct Segment(int From, int To);
