using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.GetInspection;

internal static class GetInspectionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<InspectionDetails>> (Guid id, GetInspectionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetInspection")
        .WithSummary("Chi tiết cuộc kiểm tra (đột xuất chưa tiến hành: 404 với đơn vị được kiểm tra) / A check; a surprise check not yet started is 404 to the checked units")
        .WithExamples(null, """
            {"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","title":"Kiểm tra công vụ đột xuất tại Sở Công Thương","status":"concluded","statusLabel":"Đã kết luận, đang khắc phục",
             "surprise":true,"plannedStart":"2026-03-10","orderingUnit":{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","name":"Ủy ban nhân dân tỉnh An Giang"},
             "checkedUnitIds":["0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40"],"checkedUnits":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","name":"Sở Công Thương tỉnh An Giang"}],
             "teamUserIds":["0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41"],"team":[{"userId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41","fullName":"Huỳnh Văn Lộc"}],
             "topics":["Chấp hành giờ giấc, kỷ luật lao động"],"createdAt":"2026-03-02T02:00:00Z","startedAt":"2026-03-10T01:30:00Z",
             "findings":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d44","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","topic":"Chấp hành giờ giấc, kỷ luật lao động","text":"3 công chức vắng mặt không lý do lúc 8 giờ.","recordedAt":"2026-03-10T02:00:00Z",
             "evidence":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d60","fileName":"so-cham-cong.jpg","contentType":"image/jpeg","size":482113,"sha256":"9f2c4e0b8d7a6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c","uploadedAt":"2026-03-10T02:05:00Z"}]}],
             "explanations":[],"conclusion":{"text":"Chấn chỉnh kỷ luật lao động.","concludedAt":"2026-03-20T08:00:00Z","remedies":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d45",
             "unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","text":"Kiểm điểm các công chức vắng mặt","workingDays":15,"dueDate":"2026-04-13","taskId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d46",
             "taskState":"open","verification":"pending","verificationNote":null,"verifiedAt":null}]},
             "actions":{"canStart":false,"canRecordFindings":false,"canConclude":false,"canVerify":true,"explainableUnitIds":[]}}
            """);
}
