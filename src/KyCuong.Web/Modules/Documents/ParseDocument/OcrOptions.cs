using System.ComponentModel.DataAnnotations;
using KyCuong.Documents.Packages;

namespace KyCuong.Web.Modules.Documents.ParseDocument;

/// <summary>
/// Settings of OCR for scanned letters (section <c>Documents:Ocr</c>, docs/operations.md "Scanned letters (OCR)"): the
/// tools, the language, and the bounds that keep a hostile or huge scan from stopping the host. The time limit stays
/// under the upload's (<c>UploadReader.ReadTimeout</c>, 30 s) so extraction still has time after recognition.
/// </summary>
internal sealed class OcrOptions
{
    public const string Section = "Documents:Ocr";

    /// <summary>The tesseract program (Debian's <c>tesseract-ocr</c>); a missing one answers 503 document.ocrUnavailable.</summary>
    [Required]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>The pdftoppm program (Debian's <c>poppler-utils</c>).</summary>
    [Required]
    public string PdfToPpmPath { get; set; } = "pdftoppm";

    /// <summary>Tesseract's language data (<c>vie</c>, package <c>tesseract-ocr-vie</c>).</summary>
    [Required]
    [RegularExpression("^[a-z_]+(\\+[a-z_]+)*$")]
    public string Languages { get; set; } = "vie";

    /// <summary>Most pages of a scanned PDF read (the rest are reported, not read); 1–50.</summary>
    [Range(1, 50)]
    public int MaxPages { get; set; } = 5;

    /// <summary>Resolution a PDF page is rendered at (dpi); 100–600.</summary>
    [Range(100, 600)]
    public int Resolution { get; set; } = 300;

    /// <summary>Most megapixels of an uploaded image, checked in its header before decoding; 1–200.</summary>
    [Range(1, 200)]
    public int MaxMegapixels { get; set; } = 40;

    /// <summary>Seconds rendering and recognition of one file may take; 1–29 (under the upload's 30 s).</summary>
    [Range(1, 29)]
    public int TimeoutSeconds { get; set; } = 25;

    /// <summary>Threads tesseract may use; 1 is fastest on a busy host (docs/performance.md, "Scanned letters"); 0 = its default.</summary>
    [Range(0, 64)]
    public int Threads { get; set; } = 1;

    /// <summary>The settings the engine works with (an A4 page's long side at <see cref="Resolution"/> caps rendering).</summary>
    public OcrSettings ToSettings() => new()
    {
        TesseractPath = TesseractPath, PdfToPpmPath = PdfToPpmPath, Languages = Languages, MaxPages = MaxPages, Resolution = Resolution,
        MaxRenderSide = (int)Math.Ceiling(297 / 25.4 * Resolution), MaxPixels = MaxMegapixels * 1_000_000L,
        Timeout = TimeSpan.FromSeconds(TimeoutSeconds), Threads = Threads,
    };
}
