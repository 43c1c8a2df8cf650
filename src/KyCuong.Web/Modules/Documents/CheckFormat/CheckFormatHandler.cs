using KyCuong.Documents.Formatting;
using KyCuong.Web.Modules.Documents.ParseDocument;
using KyCuong.Web.Platform.Uploads;

namespace KyCuong.Web.Modules.Documents.CheckFormat;

/// <summary>The findings of a checked file, or why it could not be read (<see cref="TooLarge"/>: over 20 MB).</summary>
internal sealed record CheckFormatResult(IReadOnlyList<FormatFinding>? Findings, string? Error = null, string? Format = null, bool TooLarge = false);

/// <summary>
/// Checks an uploaded file against the NĐ 30/2020 layout, for the API and the page alike: the file is read once within the
/// upload bounds (docs/operations.md, "Uploads"); a Word file's page and type are checked as well as its text.
/// </summary>
internal static class CheckFormatHandler
{
    public static async Task<CheckFormatResult> CheckFileAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > ParseDocumentEndpoints.MaxFileBytes)
        {
            return new(null, "Tệp lớn hơn 20 MB. / The file is larger than 20 MB.", TooLarge: true);
        }

        var read = await UploadReader.ReadTextAsync(file, ct);
        if (!read.Success)
        {
            return new(null, read.Error, read.Format);
        }

        PageLayout? layout = null;
        if (read.Format == "docx")
        {
            await using var stream = file.OpenReadStream();
            var bytes = await UploadReader.ReadBytesAsync(stream, ParseDocumentEndpoints.MaxFileBytes, ct);
            if (bytes is null)
            {
                return new(null, "Tệp lớn hơn 20 MB. / The file is larger than 20 MB.", TooLarge: true);
            }

            var (l, error) = FormatChecker.ReadDocxLayout(bytes, ct);
            if (error is not null)
            {
                return new(null, error, "docx");
            }

            layout = l;
        }

        return new(FormatChecker.Check(read.Text, layout));
    }

    /// <summary>Pasted text: the layout of its lines only.</summary>
    public static IReadOnlyList<FormatFinding> CheckText(string? text) => FormatChecker.Check(text);
}
