namespace KyCuong.Documents;

/// <summary>The text read from an uploaded file, or why it could not be read (Vietnamese first).</summary>
public sealed record TextReadResult
{
    /// <summary>True when <see cref="Text"/> holds the document's text.</summary>
    public bool Success => Text is not null;

    /// <summary>The text, NFC-normalised; null on failure.</summary>
    public string? Text { get; init; }

    /// <summary>The format that was read: <c>txt</c>, <c>docx</c> or <c>pdf</c>.</summary>
    public string? Format { get; init; }

    /// <summary>A message for the user when reading failed.</summary>
    public string? Error { get; init; }

    /// <summary>A successful read.</summary>
    public static TextReadResult Ok(string text, string format) => new() { Text = text, Format = format };

    /// <summary>A failed read with a message for the user.</summary>
    public static TextReadResult Fail(string error, string? format) => new() { Error = error, Format = format };
}
