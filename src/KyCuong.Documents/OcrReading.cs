namespace KyCuong.Documents;

/// <summary>
/// Present in an extraction when its text was recognised from a scan (docs/api.md, "Scanned letters"): how many pages
/// were read, whether the scan had more, and the recognised text itself so the reader can check and correct it.
/// </summary>
/// <param name="Pages">Pages recognised.</param>
/// <param name="MorePages">True when the scan had more pages than the server reads (<c>Documents:Ocr:MaxPages</c>).</param>
/// <param name="Text">The recognised text (NFC) the extraction was made from.</param>
public sealed record OcrReading(int Pages, bool MorePages, string Text);
