namespace KyCuong.Web.Modules.Consultations.CreateConsultation;

internal static class CreateConsultationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<IResult> (CreateConsultationRequest request, CreateConsultationHandler handler, CancellationToken ct) =>
        {
            try
            {
                var created = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/v1/consultations/{created.Id}", created);
            }
            catch (CompetenceUnacknowledgedException e)
            {
                return TypedResults.Problem(statusCode: 409, title: "Thao tác bị từ chối / Refused by a business rule", detail: e.Message,
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = CompetenceUnacknowledgedException.Code,
                        ["units"] = e.Units.Select(u => new { unitId = u.UnitId, name = u.UnitName }).ToList(),
                    });
            }
        })
        .WithName("CreateConsultation")
        .WithSummary("Lấy ý kiến các đơn vị / Ask units for their opinion (AssignWork or HandleWork on the requester unit)");
}
