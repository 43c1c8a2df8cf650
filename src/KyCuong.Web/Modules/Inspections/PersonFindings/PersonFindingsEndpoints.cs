using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.PersonFindings;

internal static class PersonFindingsEndpoints
{
    public const string FindingExample = """
        {"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d44","inspectionId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","inspectionTitle":"Kiểm tra công vụ tại Sở Tư pháp",
         "unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","topic":"Chấp hành giờ giấc, kỷ luật lao động","text":"Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ.",
         "recordedAt":"2026-09-08T02:00:00Z","person":{"userId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d45","fullName":"Lê Thị Thu"},
         "review":{"decision":"reprimand","decisionLabel":"Kỷ luật khiển trách","decisionNumber":"125/QĐ-SNV","decidedOn":"2026-09-15","reason":"Vắng mặt không lý do trong giờ làm việc.","recordedAt":"2026-09-15T03:00:00Z"},
         "canReview":false}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/findings", async Task<Ok<Paged<PersonFinding>>> (Guid? personUserId, DateOnly? from, DateOnly? to, int? page, int? pageSize, GetFindingHandler handler,
                CancellationToken ct) =>
            {
                var request = Paging.Validate(page, pageSize);
                return TypedResults.Ok(Paging.Slice(await handler.AboutAsync(personUserId, from, to, ct), request));
            })
            .WithName("ListFindingsAboutPerson")
            .WithSummary("Các nội dung kiểm tra nêu một cá nhân (người đó, cấp quản lý, trưởng đoàn, quản trị; người khác 404) / Findings naming one official, as the caller may see them")
            .WithExamples(null, """
                {"items":[{"findingId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d44","inspectionId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","inspectionTitle":"Kiểm tra công vụ tại Sở Tư pháp",
                  "unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","topic":"Chấp hành giờ giấc, kỷ luật lao động","text":"Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ.",
                  "recordedAtUtc":"2026-09-08T02:00:00Z","reviewDecision":"reprimand","reviewDecisionLabel":"Kỷ luật khiển trách","reviewDecisionNumber":"125/QĐ-SNV","reviewDecidedOn":"2026-09-15"}],
                 "page":1,"pageSize":20,"total":1}
                """);
        group.MapGet("/{id:guid}/findings/{findingId:guid}", async Task<Ok<PersonFindingView>> (Guid id, Guid findingId, GetFindingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, findingId, ct)))
            .WithName("GetInspectionFinding")
            .WithSummary("Một nội dung ghi nhận; nếu nêu cá nhân: chỉ người đó, cấp quản lý, trưởng đoàn và quản trị xem được / One finding; one naming an official only for those it concerns")
            .WithExamples(null, FindingExample);
    }
}
