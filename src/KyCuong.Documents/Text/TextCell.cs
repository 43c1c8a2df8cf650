namespace KyCuong.Documents.Text;

/// <summary>
/// A column cell of a line: layout text (pdftotext -layout, Word tables) puts the issuer and the motto,
/// or "Nơi nhận" and the signature, side by side, separated by runs of spaces.
/// </summary>
internal readonly record struct TextCell(int Start, int End, int Column)
{
    public int Length => End - Start;
}
