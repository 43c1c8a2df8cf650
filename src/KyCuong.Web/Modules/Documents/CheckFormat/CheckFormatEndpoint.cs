using KyCuong.Documents.Formatting;
using KyCuong.Web.Modules.Documents.ParseDocument;
using KyCuong.Web.Platform.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.CheckFormat;

/// <summary>The findings of the layout check, in the order of the layout.</summary>
internal sealed record CheckFormatResponse(IReadOnlyList<FormatFinding> Findings);

/// <summary>
/// docs/api.md "Format check": <c>POST /api/v1/documents/check-format</c> checks a document against the layout of
/// NĐ 30/2020 Phụ lục I (docs/domain.md, "Format of documents"; An Giang 493 §8 asks the office to enforce it). The body is
/// the text (<c>text/plain</c>) or a file in the multipart field <c>file</c> (.docx, .txt or .pdf); a Word file is also
/// checked for paper, margins, fonts and body size. Any signed-in user may check (nothing is stored). Bad input is a
/// problem: not UTF-8 400, too large 413, an unreadable file 422.
/// </summary>
internal static class CheckFormatEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/check-format", async Task<Results<Ok<CheckFormatResponse>, ProblemHttpResult>> (HttpRequest request, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    var text = await ParseDocumentEndpoints.ReadTextAsync(request, ct);
                    return TypedResults.Ok(new CheckFormatResponse(CheckFormatHandler.CheckText(text)));
                }

                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile("file") is not { } file)
                {
                    return TypedResults.Problem("Hãy gửi tệp trong trường “file” (.docx, .txt, .pdf) hoặc gửi nội dung văn bản (text/plain). / Send a file in the “file” field or the text as text/plain.",
                        statusCode: 400, title: "Thiếu tệp / Missing file", extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = ["Thiếu tệp."] } });
                }

                return await CheckFileAsync(file, ct);
            })
            // One declaration of both bodies: a second Accepts would replace the first and refuse text/plain with 415.
            .Accepts<string>("text/plain", "multipart/form-data")
            .DisableAntiforgery()
            .Produces<CheckFormatResponse>()
            .ProducesProblem(400)
            .ProducesProblem(413)
            .ProducesProblem(422)
            .WithName("CheckDocumentFormat")
            .WithSummary("Kiểm tra thể thức văn bản (NĐ 30/2020) / Check a document against the NĐ 30/2020 layout")
            .WithDescription("The text as text/plain, or a .docx/.txt/.pdf in the multipart field `file` (a .docx is also checked for paper, margins, fonts and size). Example answer: {\"findings\":[{\"rule\":\"nd30.numberLeadingZero\",\"message\":\"Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước (“05”, đang là “5”).\",\"severity\":\"error\"},{\"rule\":\"nd30.archive\",\"message\":\"“Nơi nhận” thiếu dòng “Lưu: VT, …” (bản lưu tại Văn thư).\",\"severity\":\"error\"}]}");

    private static async Task<Results<Ok<CheckFormatResponse>, ProblemHttpResult>> CheckFileAsync(IFormFile file, CancellationToken ct)
    {
        var result = await CheckFormatHandler.CheckFileAsync(file, ct);
        return result switch
        {
            { Findings: { } findings } => TypedResults.Ok(new CheckFormatResponse(findings)),
            { TooLarge: true } => TypedResults.Problem(result.Error, statusCode: 413, title: "Tệp quá lớn / Payload too large"),
            _ => Unreadable(result.Error, result.Format),
        };
    }

    private static ProblemHttpResult Unreadable(string? error, string? format) =>
        TypedResults.Problem(error, statusCode: 422, title: "Không đọc được tệp / Unreadable file",
            extensions: new Dictionary<string, object?> { ["code"] = "document.unreadableFile", ["format"] = format });
}
