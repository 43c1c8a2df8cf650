using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Procedures.GetProcedure;

internal static class GetProcedureEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}",
            async Task<Ok<ProcedureDetails>> (Guid id, GetProcedureHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithExamples(null, ProcedureExamples.Details)
        .WithName("GetProcedure")
        .WithSummary("Một thủ tục hành chính / One procedure with its published parts and compliance cost (404 for a draft outside the caller's scope)");
}

internal static class ProcedureExamples
{
    public const string Request =
        """{"code":"1.001234","name":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam","internal":false,"bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","sequence":"Bước 1: nộp hồ sơ tại Bộ phận Một cửa; Bước 2: Sở Tư pháp tra cứu, xác minh; Bước 3: trả Phiếu lý lịch tư pháp.","method":"Trực tiếp, qua bưu chính hoặc trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.","dossier":"Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp; bản chụp giấy tờ tùy thân.","timeLimitWorkingDays":10,"subjects":"Công dân Việt Nam","agency":"Sở Tư pháp tỉnh An Giang","result":"Phiếu lý lịch tư pháp","fees":"200.000 đồng/lần/người","legalBasis":"Luật Lý lịch tư pháp 2009; Thông tư 244/2016/TT-BTC","status":"published","publishedOn":"2026-01-15","complianceCost":{"costPerCompliance":350000,"frequencyPerYear":1,"subjectsPerYear":12000}}""";

    public const string Details =
        """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1b01","code":"1.001234","name":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam","internal":false,"bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","bodyUnitName":"Sở Tư pháp tỉnh An Giang","sequence":"Bước 1: nộp hồ sơ tại Bộ phận Một cửa; Bước 2: Sở Tư pháp tra cứu, xác minh; Bước 3: trả Phiếu lý lịch tư pháp.","method":"Trực tiếp, qua bưu chính hoặc trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.","dossier":"Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp; bản chụp giấy tờ tùy thân.","timeLimitWorkingDays":10,"subjects":"Công dân Việt Nam","agency":"Sở Tư pháp tỉnh An Giang","result":"Phiếu lý lịch tư pháp","fees":"200.000 đồng/lần/người","legalBasis":"Luật Lý lịch tư pháp 2009; Thông tư 244/2016/TT-BTC","status":"published","statusLabel":"Đã công bố, công khai","publishedOn":"2026-01-15","complianceCost":{"costPerCompliance":350000,"frequencyPerYear":1,"subjectsPerYear":12000,"annual":4200000000},"canEdit":true}""";
}
