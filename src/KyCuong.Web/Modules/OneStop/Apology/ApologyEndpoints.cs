using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.Apology;

internal static class ApologyEndpoints
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/dossiers/{id:guid}/apology", async Task<Created<RecordApologyResponse>> (Guid id, RecordApologyRequest request, RecordApologyHandler handler, CancellationToken ct) =>
            {
                var letter = await handler.HandleAsync(id, request, ct);
                return TypedResults.Created(letter.DocumentUrl, letter);
            })
            .WithExamples("""{"reason":"Hồ sơ cần xác minh thực địa tại cơ sở kinh doanh, chưa hoàn thành trong thời hạn.","newDueDate":"2026-03-03"}""",
                """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","number":1,"issuedOn":"2026-02-23","newDueDate":"2026-03-03","documentUrl":"/api/v1/one-stop/dossiers/0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05/apologies/0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07/docx"}""")
            .WithName("RecordDossierApology")
            .WithSummary("Lập phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) / Record the form-04 apology letter with a new date (409 oneStop.apologyLimit, oneStop.alreadyReturned)");

        group.MapGet("/dossiers/{id:guid}/apologies/{letterId:guid}/docx", async Task<FileContentHttpResult> (Guid id, Guid letterId, ExportApologyHandler handler, CancellationToken ct) =>
            {
                var (content, name) = await handler.HandleAsync(id, letterId, ct);
                return TypedResults.File(content, DocxType, name);
            })
            .WithName("ExportDossierApology")
            .WithSummary("Phiếu xin lỗi (mẫu 04) dạng DOCX theo thể thức Nghị định 30/2020 / The form-04 letter as DOCX in the Decree 30 layout");
    }
}
