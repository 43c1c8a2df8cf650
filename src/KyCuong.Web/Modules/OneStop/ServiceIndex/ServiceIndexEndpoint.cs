using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.ServiceIndex;

internal static class ServiceIndexEndpoint
{
    public static void Map(RouteGroupBuilder units) => units.MapGet("/{id:guid}/service-index",
            async Task<Ok<ServiceIndexDto>> (Guid id, DateOnly? from, DateOnly? to, ServiceIndexHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, from, to, ct)))
        .WithExamples(null,
            """{"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","unitName":"Sở Công Thương tỉnh An Giang","from":"2026-01-01","to":"2026-01-31","score":44,"measuredMax":56,"max":100,"groups":[{"key":"publicity","name":"Công khai, minh bạch","max":18,"measured":true,"achieved":9,"of":10,"rate":0.9,"score":16.2,"measure":"Thủ tục hành chính của cơ quan đã công bố, công khai trên tổng số thủ tục trong danh mục","criteria":[{"key":"publicity","measure":"Thủ tục hành chính của cơ quan đã công bố, công khai trên tổng số thủ tục trong danh mục","measured":true,"achieved":9,"of":10,"rate":0.9}]},{"key":"progress","name":"Tiến độ giải quyết","max":20,"measured":true,"achieved":173,"of":200,"rate":0.865,"score":17.3,"measure":"Hồ sơ một cửa trả kết quả đúng hạn trên tổng số hồ sơ đã trả kết quả","criteria":[{"key":"progress","measure":"Hồ sơ một cửa trả kết quả đúng hạn trên tổng số hồ sơ đã trả kết quả","measured":true,"achieved":173,"of":200,"rate":0.865}]},{"key":"digitisation","name":"Số hóa hồ sơ","max":22,"measured":false,"achieved":null,"of":null,"rate":null,"score":null,"measure":"KyCuong chưa ghi nhận dữ liệu của nhóm tiêu chí này","criteria":[]},{"key":"online","name":"Cung cấp dịch vụ công trực tuyến","max":22,"measured":false,"achieved":null,"of":null,"rate":null,"score":null,"measure":"KyCuong chưa ghi nhận dữ liệu của nhóm tiêu chí này","criteria":[]},{"key":"satisfaction","name":"Mức độ hài lòng","max":18,"measured":true,"achieved":null,"of":null,"rate":0.5833,"score":10.5,"measure":"Bình quân tỷ lệ của các tiêu chí đã đo trong nhóm: đánh giá hài lòng; phản ánh, kiến nghị được trả lời đúng hạn","criteria":[{"key":"satisfaction.ratings","measure":"Câu trả lời phản ánh, kiến nghị được người gửi đánh giá hài lòng trên tổng số lượt đánh giá","measured":true,"achieved":1,"of":2,"rate":0.5},{"key":"satisfaction.feedbackOnTime","measure":"Phản ánh, kiến nghị được trả lời trong thời hạn xử lý trên tổng số đã trả lời","measured":true,"achieved":2,"of":3,"rate":0.6667}]}],"months":[{"month":"2026-01","score":44,"measuredMax":56,"groups":[]}]}""")
        .WithName("ServiceIndex")
        .WithSummary("Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg / The 766 service index of a unit and its subtree, by group and month (?from&to; groups without data are not measured; satisfaction is the mean of its measured criteria: ratings and feedback answered on time; 404 outside scope)");
}
