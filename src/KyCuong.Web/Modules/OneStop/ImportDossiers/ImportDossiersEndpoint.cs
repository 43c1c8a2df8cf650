using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace KyCuong.Web.Modules.OneStop.ImportDossiers;

/// <summary><c>POST /api/v1/one-stop/import?dryRun=true|false</c> (multipart field <c>file</c>, CSV or XLSX).</summary>
internal static class ImportDossiersEndpoint
{
    public const long MaxFileBytes = 200 * 1024 * 1024;

    public static void Map(RouteGroupBuilder group) => group.MapPost("/import",
            async Task<Results<Ok<DossierImportResult>, ProblemHttpResult>> (IFormFile file, bool? dryRun, ImportDossiersHandler handler, CancellationToken ct) =>
            {
                if (file.Length > MaxFileBytes)
                {
                    return TypedResults.Problem("Tệp lớn hơn 200 MB. / The file is larger than 200 MB.", statusCode: 413, title: "Tệp quá lớn / Payload too large");
                }

                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await handler.HandleAsync(stream, file.FileName, dryRun ?? true, ct));
            })
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes + (1024 * 1024)))
        .WithFormOptions(multipartBodyLengthLimit: MaxFileBytes + (1024 * 1024))
        .WithExamples(null, """{"created":2,"updated":1,"unchanged":3,"errors":[{"sheet":"CSV","row":7,"message":"Không tìm thấy cơ quan tiếp nhận \"SCT-X\" (mã, tên đầy đủ hoặc id)."}],"dryRun":true,"errorCount":1}""")
        .WithName("ImportDossiers")
        .WithSummary("Nhập hồ sơ một cửa từ tệp CSV/XLSX / Import one-stop dossiers from a CSV or XLSX file")
        .WithDescription("Cột: code, procedureCode, procedureName?, timeLimitWorkingDays?, receivedAt, receivingUnit, handlingUnit?, applicantName?, returnedOn? "
            + "(hoặc tiêu đề tiếng Việt); mã thủ tục phải có trong danh mục đã công bố, tên và thời hạn trống lấy theo danh mục. dryRun=true (mặc định) chỉ báo trước và liệt kê lỗi theo dòng; dryRun=false ghi trong một giao dịch; tệp có lỗi không thay đổi gì; "
            + "nhập lại cùng mã hồ sơ không tạo trùng; tệp được đọc dần theo lô 5.000 dòng, tối đa 200 MB và 1.000.000 dòng; errors liệt kê 1.000 lỗi đầu, errorCount đếm tất cả. "
            + "/ dryRun=true (the default) only reports; dryRun=false writes in one transaction; a file with errors changes nothing; idempotent by code; "
            + "the file is streamed in batches of 5,000 rows (at most 200 MB, 1,000,000 rows); errors lists the first 1,000, errorCount counts them all.");
}
