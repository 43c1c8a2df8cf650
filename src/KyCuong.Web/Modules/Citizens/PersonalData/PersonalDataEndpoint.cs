using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.PersonalData;

internal static class PersonalDataEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/personal-data", async Task<Ok<PersonalDataExport>> (Guid id, PersonalDataHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ExportAsync(id, ct)))
            .WithName("ExportFeedbackPersonalData")
            .WithSummary("Xuất dữ liệu cá nhân người gửi theo yêu cầu / Export the sender's personal data on request (receiving office)");
        group.MapDelete("/{id:guid}/personal-data", async Task<NoContent> (Guid id, PersonalDataHandler handler, CancellationToken ct) =>
            {
                await handler.EraseAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("EraseFeedbackPersonalData")
            .WithSummary("Xóa dữ liệu cá nhân người gửi theo yêu cầu / Erase the sender's personal data on request (receiving office)");
    }
}
