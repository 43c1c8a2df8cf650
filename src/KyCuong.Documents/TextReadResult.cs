namespace KyCuong.Documents;

/// <summary>The text read from an uploaded file, or why it could not be read (Vietnamese first).</summary>
public sealed record TextReadResult
{
    /// <summary>True when <see cref="Text"/> holds the document's text.</summary>
    public bool Success => Text is not null;

    /// <summary>The text, NFC-normalised; null on failure.</summary>
    public string? Text { get; init; }

    /// <summary>The format that was read: <c>txt</c>, <c>docx</c>, <c>pdf</c>, or an image's <c>png</c>, <c>jpeg</c>, <c>tiff</c>.</summary>
    public string? Format { get; init; }

    /// <summary>A message for the user when reading failed.</summary>
    public string? Error { get; init; }

    /// <summary>True when the text was recognised from a scan (OCR) rather than read from a text layer.</summary>
    public bool Ocr { get; init; }

    /// <summary>Pages recognised (OCR only).</summary>
    public int PagesRead { get; init; }

    /// <summary>True when a scan had more pages than were read (OCR only; see <c>OcrSettings.MaxPages</c>).</summary>
    public bool MorePages { get; init; }

    /// <summary>True when reading failed because a tool the server needs is not installed (the API answers 503).</summary>
    public bool Unavailable { get; init; }

    /// <summary>A successful read.</summary>
    public static TextReadResult Ok(string text, string format) => new() { Text = text, Format = format };

    /// <summary>A failed read with a message for the user.</summary>
    public static TextReadResult Fail(string error, string? format) => new() { Error = error, Format = format };

    /// <summary>A read that failed because a tool is not installed on the server.</summary>
    public static TextReadResult Missing(string error, string? format) => new() { Error = error, Format = format, Unavailable = true };
}
