using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures;

internal sealed class ProcedureCatalogue(AppDbContext db) : IProcedureCatalogue
{
    public async Task<PublishedProcedure?> FindPublishedAsync(string code, CancellationToken ct)
    {
        var c = code.Trim();
        return await db.Procedures.AsNoTracking().Where(p => p.Code == c && p.Status == ProcedureStatus.Published)
            .Select(p => new PublishedProcedure(p.Code, p.Name, p.Internal, p.TimeLimitWorkingDays)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, PublishedProcedure>> FindPublishedManyAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var found = new Dictionary<string, PublishedProcedure>(StringComparer.Ordinal);
        foreach (var chunk in codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            foreach (var p in await db.Procedures.AsNoTracking().Where(p => chunk.Contains(p.Code) && p.Status == ProcedureStatus.Published)
                         .Select(p => new PublishedProcedure(p.Code, p.Name, p.Internal, p.TimeLimitWorkingDays)).ToListAsync(ct))
            {
                found[p.Code] = p;
            }
        }

        return found;
    }
}
