namespace KyCuong.Documents.Text;

/// <summary>A line of the prepared text: trimmed bounds in the text, and whether it is a footnote.</summary>
internal readonly record struct TextLine(int Start, int End, bool IsFootnote)
{
    public int Length => End - Start;

    public bool IsBlank => End <= Start;
}
