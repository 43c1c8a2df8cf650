using System.Text;
using KyCuong.Documents;
using KyCuong.Documents.Packages;
using KyCuong.Web.Platform.Uploads;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.ParseDocument;

/// <summary>
/// docs/api.md: <c>POST /api/v1/documents/parse</c> with a <c>text/plain</c> body → the Extraction JSON. Never 500: empty or
/// unreadable text gives an extraction with nulls; a body that is not UTF-8 is 400, an oversized one 413.
/// Any signed-in user may parse (nothing is stored). The work is bounded (docs/performance.md, "Extraction in linear
/// time"): a text longer than <see cref="DocumentExtractor.MaxTextLength"/> characters or with more than
/// <see cref="DocumentExtractor.MaxTasks"/> tasks is extracted up to there with <c>"truncated": true</c>; extraction
/// stops when the client leaves and answers 422 after <see cref="UploadReader.ReadTimeout"/>. Files go through
/// <see cref="UploadReader"/> (checked before they are read; a refused file is 422 with a Vietnamese message). A scan — a PDF
/// without a text layer, a PNG, JPEG or TIFF image — is read by the <see cref="IOcrEngine"/> (docs/operations.md, "Scanned
/// letters (OCR)"); its extraction carries <c>"ocr": {"pages","morePages","text"}</c>, and a server without the OCR tools
/// answers 503 <c>document.ocrUnavailable</c>.
/// </summary>
internal static class ParseDocumentEndpoints
{
    public const int MaxTextBytes = 4 * 1024 * 1024;
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/parse", async Task<Results<JsonHttpResult<DocumentExtraction>, ProblemHttpResult>> (HttpRequest request, CancellationToken ct) =>
            {
                var text = await ReadTextAsync(request, ct);
                var extraction = await UploadReader.ExtractAsync(text, ct);
                return extraction is null ? TimedOut() : TypedResults.Json(extraction, ExtractionJson.CompactOptions);
            })
            .Accepts<string>("text/plain")
            .WithName("ParseDocument")
            .WithSummary("Bóc tách văn bản / Extract a document's metadata and clauses from its text");

        group.MapPost("/parse-file", async Task<Results<JsonHttpResult<DocumentExtraction>, ProblemHttpResult>> (IFormFile file, IOcrEngine ocr, CancellationToken ct) =>
            {
                if (file.Length > MaxFileBytes)
                {
                    return TypedResults.Problem("Tệp lớn hơn 20 MB. / The file is larger than 20 MB.", statusCode: 413, title: "Tệp quá lớn / Payload too large");
                }

                var read = await UploadReader.ReadTextAsync(file, ocr, ct);
                if (read.Unavailable)
                {
                    // A scan needs a tool this server lacks: the file may be fine, the service is not (docs/operations.md).
                    return TypedResults.Problem(read.Error, statusCode: 503, title: "Chưa đọc được bản quét / OCR unavailable",
                        extensions: new Dictionary<string, object?> { ["code"] = "document.ocrUnavailable", ["format"] = read.Format });
                }

                if (!read.Success)
                {
                    return TypedResults.Problem(read.Error, statusCode: 422, title: "Không đọc được tệp / Unreadable file",
                        extensions: new Dictionary<string, object?> { ["code"] = "document.unreadableFile", ["format"] = read.Format });
                }

                var extraction = await UploadReader.ExtractAsync(read.Text, ct);
                if (extraction is not null && read.Ocr)
                {
                    extraction = extraction with { Ocr = new OcrReading(read.PagesRead, read.MorePages, read.Text!) };
                }

                return extraction is null ? TimedOut() : TypedResults.Json(extraction, ExtractionJson.CompactOptions);
            })
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, """
                {"issuer":"Văn phòng Chính phủ","number":"2541","symbol":"VPCP-QHQT","numberSymbol":"2541/VPCP-QHQT","type":"Công văn",
                 "place":"Hà Nội","date":"2009-04-20","subject":"chương trình phát triển công nghiệp hỗ trợ Việt Nam.","urgency":null,"secrecy":null,
                 "recipients":["Bộ Công Thương"],"signer":"Văn Trọng Lý","signingForm":"KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM",
                 "distribution":["Như trên;"],"citedDocuments":[],"tasks":[],"attachedDocuments":[],"sources":{},
                 "ocr":{"pages":1,"morePages":false,"text":"VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n…\nSố: 2541/VPCP-QHQT\n…"}}
                """)
            .WithName("ParseDocumentFile")
            .WithSummary("Bóc tách tệp .txt, .docx, .pdf hoặc bản quét / Extract from an uploaded .txt, .docx, .pdf file or a scan (OCR)");
    }

    private static ProblemHttpResult TimedOut() =>
        TypedResults.Problem("Bóc tách quá thời gian cho phép; văn bản quá dài hoặc quá phức tạp. / Extraction took too long.", statusCode: 422,
            title: "Văn bản quá phức tạp / Too complex", extensions: new Dictionary<string, object?> { ["code"] = "document.extractionTimeout" });

    /// <summary>Reads the body as strict UTF-8 (a BOM is dropped), refusing more than <see cref="MaxTextBytes"/>.</summary>
    internal static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxTextBytes)
        {
            throw new BadHttpRequestException("Văn bản lớn hơn 4 MB. / The text is larger than 4 MB.", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > MaxTextBytes)
            {
                throw new BadHttpRequestException("Văn bản lớn hơn 4 MB. / The text is larger than 4 MB.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, n);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BadHttpRequestException("Nội dung không phải văn bản UTF-8. / The body is not UTF-8 text.", StatusCodes.Status400BadRequest);
        }
    }
}
