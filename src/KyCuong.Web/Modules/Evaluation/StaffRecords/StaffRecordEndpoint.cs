using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.StaffRecords;

internal static class StaffRecordEndpoint
{
    private const string Example = """
        {"userId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","category":"publicEmployee","categoryLabel":"Viên chức","startedOn":"2026-08-01","leftOn":null,"source":"recorded"}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/users/{id:guid}/staff-record",
                async Task<Ok<StaffRecordDto>> (Guid id, StaffRecordHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetStaffRecord")
            .WithSummary("Loại cán bộ (công chức / viên chức) và thời gian công tác dùng khi đánh giá / Staff category and working dates used by the evaluation (404 outside the caller's view)")
            .WithExamples(null, Example);
        group.MapPut("/users/{id:guid}/staff-record",
                async Task<Ok<StaffRecordDto>> (Guid id, StaffRecordRequest request, StaffRecordHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.PutAsync(id, request, ct)))
            .WithName("SetStaffRecord")
            .WithSummary("Bộ phận tổ chức cán bộ ghi nhận loại cán bộ và ngày bắt đầu / thôi công tác (Nghị định 233/2026/NĐ-CP) / The personnel office records the category and dates")
            .WithExamples("""{"category":"publicEmployee","startedOn":"2026-08-01","leftOn":null}""", Example);
        group.MapGet("/units/{id:guid}/staff-records",
                async Task<Ok<StaffRecordListDto>> (Guid id, int? page, int? pageSize, StaffRecordHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.ListAsync(id, page, pageSize, ct)))
            .WithName("ListStaffRecords")
            .WithSummary("Loại cán bộ và thời gian công tác của những người đang công tác tại đơn vị, theo tên / The staff records of the people working in the unit, by name (404 outside the caller's view)")
            .WithExamples(null, """
                {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","unitName":"Trung tâm Phục vụ hành chính công","canEdit":true,
                 "items":[{"userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","name":"Võ Thanh Hải","title":"Chuyên viên","category":"publicEmployee",
                 "categoryLabel":"Viên chức","startedOn":"2026-08-01","leftOn":null,"source":"recorded","canEdit":true}],"page":1,"pageSize":20,"total":1}
                """);
    }
}
