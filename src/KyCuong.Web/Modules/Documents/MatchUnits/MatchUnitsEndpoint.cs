using KyCuong.Web.Modules.Documents.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.MatchUnits;

internal static class MatchUnitsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/match-units", async Task<Ok<IReadOnlyList<UnitMatch>>> (MatchUnitsRequest request, UnitMatching matching, CancellationToken ct) =>
        {
            var v = new Validator().Check(request.Names is { Count: > 0 and <= 200 }, "names", "Cần từ 1 đến 200 tên đơn vị. / 1..200 names required.");
            v.Check(request.Names is null || request.Names.All(n => n is { Length: <= 500 }), "names", "Tên đơn vị quá dài. / A name is too long.");
            v.ThrowIfInvalid();
            return TypedResults.Ok(await matching.MatchAsync(request.Names!, request.IssuerUnitId, request.On, ct));
        })
        .WithName("MatchUnits")
        .WithSummary("Đối chiếu tên đơn vị với danh mục / Match unit names to the organisation directory (accent-aware, fuzzy)");
}
