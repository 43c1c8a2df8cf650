using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures;

internal sealed class ProcedurePublication(AppDbContext db) : IProcedurePublication
{
    public async Task<IReadOnlyList<ProcedurePublicationFact>> ForBodiesAsync(IReadOnlyCollection<Guid> bodyUnitIds, CancellationToken ct)
    {
        var rows = await db.Procedures.AsNoTracking().Where(p => bodyUnitIds.Contains(p.BodyUnitId))
            .Select(p => new { p.CreatedAtUtc, p.Status, p.PublishedOn }).ToListAsync(ct);
        // A procedure published before it was entered here (its date of publication given) was listed by then.
        return [.. rows.Select(r =>
        {
            var created = DateOnly.FromDateTime(VietnamTime.ToVietnam(new DateTimeOffset(r.CreatedAtUtc, TimeSpan.Zero)).DateTime);
            var published = r.Status == ProcedureStatus.Published ? r.PublishedOn : null;
            return new ProcedurePublicationFact(published is { } on && on < created ? on : created, published);
        })];
    }
}
