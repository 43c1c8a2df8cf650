using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.ImportOrganisation;

/// <summary>The contract's answer: counts and row errors; <c>accounts</c> (real run only) carries each new account's one-time password link.</summary>
internal sealed record ImportResponse(ImportCounts Units, PeopleCounts People, IReadOnlyList<ImportError> Errors, IReadOnlyList<NewAccount> Accounts);

/// <summary>
/// docs/api.md "Onboarding and integration": <c>POST /api/v1/organisation/import?dryRun=true|false</c> (multipart field
/// <c>file</c>) and <c>GET /api/v1/organisation/import/template</c>, the Vietnamese XLSX template.
/// </summary>
internal static class ImportOrganisationEndpoint
{
    public const long MaxFileBytes = 50 * 1024 * 1024;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/import", async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> (IFormFile file, bool? dryRun, HttpRequest request, ImportOrganisationHandler handler, CancellationToken ct) =>
            {
                if (file.Length > MaxFileBytes)
                {
                    return TypedResults.Problem("Tệp lớn hơn 50 MB. / The file is larger than 50 MB.", statusCode: 413, title: "Tệp quá lớn / Payload too large");
                }

                await using var stream = file.OpenReadStream();
                var result = await handler.HandleAsync(stream, file.FileName, dryRun ?? true, SetPasswordBase(request), ct);
                return TypedResults.Ok(new ImportResponse(result.Units, result.People, result.Errors, result.Accounts));
            })
            .DisableAntiforgery()
            .WithName("ImportOrganisation")
            .WithSummary("Nhập đơn vị và người dùng từ tệp XLSX/CSV / Import units and people from an XLSX or CSV file")
            .WithDescription("dryRun=true (mặc định) chỉ báo trước sẽ tạo, sửa, giữ nguyên gì và các lỗi theo dòng; dryRun=false ghi trong một giao dịch. "
                + "Tệp có lỗi không thay đổi gì. / dryRun=true (the default) only reports; dryRun=false writes in one transaction. A file with errors changes nothing.")
            .WithExamples(null, """{"units":{"created":2,"updated":0,"unchanged":1},"people":{"created":3,"updated":1,"unchanged":0,"deactivated":1},"errors":[{"sheet":"Người dùng","row":7,"message":"Không tìm thấy đơn vị đang hoạt động có mã \"SNV-X\"."}],"accounts":[]}""");

        group.MapGet("/import/template", (HttpContext http) =>
                Results.File(ImportTemplate.Build(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-to-chuc.xlsx"))
            .WithName("ImportOrganisationTemplate")
            .WithSummary("Tệp mẫu nhập tổ chức (XLSX, tiếng Việt) / The organisation import template");
    }

    /// <summary>The set-password page on the host the administrator used (behind a proxy, the forwarded one).</summary>
    public static string SetPasswordBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/Account/SetPassword";
}
