namespace KyCuong.Documents.Packages;

/// <summary>
/// Reads the text of a scan — a PDF without a text layer, or a PNG, JPEG or TIFF image — by optical character
/// recognition (docs/operations.md, "Scanned letters (OCR)"). Never throws for bad input: a refused or unreadable scan
/// gives a Vietnamese message, a missing tool a result with <see cref="TextReadResult.Unavailable"/> set.
/// </summary>
public interface IOcrEngine
{
    /// <summary>The limits this engine works within.</summary>
    OcrSettings Settings { get; }

    /// <summary>
    /// The text of <paramref name="bytes"/>, a <c>pdf</c> (rendered page by page) or an image (<c>png</c>, <c>jpeg</c>,
    /// <c>tiff</c>) as <paramref name="format"/> says, NFC-normalised, with <see cref="TextReadResult.Ocr"/> set.
    /// </summary>
    Task<TextReadResult> ReadAsync(byte[] bytes, string format, CancellationToken ct);
}

/// <summary>
/// The bounds of one OCR read (section <c>Documents:Ocr</c> in the web host): which tools, which language, how many pages,
/// how large an image, how long. The defaults read a typical letter of one to five A4 pages at 300 dpi within the
/// upload's time limit on two cores.
/// </summary>
public sealed record OcrSettings
{
    /// <summary>The tesseract program (Debian package <c>tesseract-ocr</c>).</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The pdftoppm program (Debian package <c>poppler-utils</c>) that renders a scanned PDF's pages.</summary>
    public string PdfToPpmPath { get; init; } = "pdftoppm";

    /// <summary>Tesseract's languages (<c>vie</c> from <c>tesseract-ocr-vie</c>; Vietnamese letters carry Latin ones too).</summary>
    public string Languages { get; init; } = "vie";

    /// <summary>Most pages read of a scanned PDF or a multi-page TIFF; a TIFF with more is refused, a PDF read up to there.</summary>
    public int MaxPages { get; init; } = 5;

    /// <summary>The resolution a PDF page is rendered at (300 dpi, what OCR reads best).</summary>
    public int Resolution { get; init; } = 300;

    /// <summary>
    /// The longest side of a rendered PDF page in pixels: a page larger than A4 at <see cref="Resolution"/> is rendered
    /// smaller so a hostile page size cannot make the renderer fill memory (3508 = an A4 page's 297 mm at 300 dpi).
    /// </summary>
    public int MaxRenderSide { get; init; } = 3508;

    /// <summary>Most pixels of an uploaded image (page), checked in its header before it is decoded (40 megapixels ≈ A4 at 600 dpi).</summary>
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>Longest side of an uploaded image in pixels.</summary>
    public int MaxImageSide { get; init; } = 12_000;

    /// <summary>How long rendering and recognition of one file may take together before the tools are killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>Most characters of recognised text (five dense pages have about 25,000).</summary>
    public int MaxTextLength { get; init; } = 500_000;

    /// <summary>
    /// Threads tesseract may use (its OpenMP limit; 0 leaves its default, one per core). Default 1: on a busy two-core
    /// host OpenMP's threads wait on each other and one page took 17–19 s with two threads against 2.3–2.8 s with one
    /// (docs/performance.md, "Scanned letters"); two reads at once still use both cores.
    /// </summary>
    public int Threads { get; init; } = 1;
}
