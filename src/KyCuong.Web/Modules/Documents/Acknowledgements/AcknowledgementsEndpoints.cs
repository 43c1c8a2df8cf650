using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>"Đã đọc, quán triệt" by the caller; <c>{"commitment"}</c> is an optional short commitment.</summary>
internal sealed record AcknowledgeRequest([property: SingleLine] string? Commitment = null);

internal sealed record AcknowledgeResponse(Guid DocumentId, Guid UserId, DateTimeOffset AcknowledgedAt, string? Commitment);

internal sealed record PersonDto(Guid UserId, string FullName, Guid UnitId, DateTimeOffset? AcknowledgedAt = null, string? Commitment = null);

internal sealed record CoverageResponse(Guid DocumentId, Guid? UnitId, int Required, int Acknowledged, IReadOnlyList<PersonDto> Missing, IReadOnlyList<PersonDto> AcknowledgedBy);

internal sealed record RemindRequest(Guid? UnitId = null);

internal sealed record RemindResponse(int Reminded);

internal static class AcknowledgementsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/acknowledgements", async Task<Created<AcknowledgeResponse>> (Guid id, AcknowledgeRequest? request, AcknowledgementService service, CancellationToken ct) =>
            {
                var ack = await service.AcknowledgeAsync(id, request?.Commitment, ct);
                return TypedResults.Created($"/api/v1/documents/{id}/acknowledgements",
                    new AcknowledgeResponse(id, ack.UserId, KyCuong.Web.Platform.Time.VietnamTime.ToVietnam(ack.AtUtc), ack.Commitment));
            })
            .WithName("AcknowledgeDocument")
            .WithSummary("Đã đọc, quán triệt / The caller acknowledges a directive whose direction requires it (409 acknowledgement.alreadyGiven or acknowledgement.notRequired)")
            .WithExamples(
                """{"commitment":"Nghiêm túc chấp hành, không để nhiệm vụ quá hạn."}""",
                """{"documentId":"01a24440-cfbd-7634-8874-69705c279b6c","userId":"01a24419-7a1e-7c44-a1a8-0b7f3c2d9e11","acknowledgedAt":"2026-02-03T09:15:00+07:00","commitment":"Nghiêm túc chấp hành, không để nhiệm vụ quá hạn."}""");

        group.MapGet("/{id:guid}/acknowledgements", async Task<Ok<CoverageResponse>> (Guid id, Guid? unitId, AcknowledgementService service, CancellationToken ct) =>
            {
                var c = await service.CoverageAsync(id, unitId, ct);
                return TypedResults.Ok(ToDto(c));
            })
            .WithName("GetAcknowledgementCoverage")
            .WithSummary("Tình hình quán triệt / Coverage for a unit and its subtree (or every recipient unit): required, acknowledged, who is missing — for the unit's leaders, superiors and the monitoring office; others 404")
            .WithExamples(null,
                """{"documentId":"01a24440-cfbd-7634-8874-69705c279b6c","unitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a","required":4,"acknowledged":3,"missing":[{"userId":"01a24419-7a1e-7c44-a1a8-0b7f3c2d9e12","fullName":"Võ Thanh Hải","unitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4b","acknowledgedAt":null,"commitment":null}],"acknowledgedBy":[]}""");

        group.MapPost("/{id:guid}/acknowledgements/reminders", async Task<Ok<RemindResponse>> (Guid id, RemindRequest? request, AcknowledgementService service, CancellationToken ct) =>
                TypedResults.Ok(new RemindResponse(await service.RemindMissingAsync(id, request?.UnitId, ct))))
            .WithName("RemindAcknowledgements")
            .WithSummary("Nhắc cán bộ chưa quán triệt / Remind everyone still missing in a unit (or every recipient unit), at most once a day per person")
            .WithExamples("""{"unitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a"}""", """{"reminded":1}""");
    }

    internal static CoverageResponse ToDto(AcknowledgementCoverage c) => new(c.DocumentId, c.UnitId, c.Required, c.Acknowledged,
        [.. c.Missing.Select(P)], [.. c.AcknowledgedBy.Select(P)]);

    private static PersonDto P(AcknowledgementPerson p) => new(p.UserId, p.FullName, p.UnitId, p.AcknowledgedAt, p.Commitment);
}
