using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// Consecutive numbers without gaps or duplicates under concurrency, the same way on SQLite and PostgreSQL: the counter row
/// exists before the registering transaction starts (a lost insert race is harmless), then inside the transaction one
/// conditional UPDATE increments it. PostgreSQL holds the row lock until commit, so a second clerk waits and reads the
/// committed value; SQLite's immediate transaction serialises writers. A rolled-back registration gives its number back.
/// </summary>
internal sealed class DocumentNumbering(AppDbContext db)
{
    /// <summary>Creates the counter row if missing. Call OUTSIDE the registering transaction.</summary>
    public async Task EnsureAsync(Guid unitId, string series, int year, CancellationToken ct)
    {
        if (await db.DocumentCounters.AnyAsync(c => c.UnitId == unitId && c.Series == series && c.Year == year, ct))
        {
            return;
        }

        var counter = new DocumentCounter { UnitId = unitId, Series = series, Year = year, Value = 0 };
        db.DocumentCounters.Add(counter);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another registration created it first: exactly what we wanted.
        }
        finally
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    /// <summary>The next number of the series, inside the caller's transaction.</summary>
    public async Task<int> NextAsync(Guid unitId, string series, int year, CancellationToken ct)
    {
        var q = db.DocumentCounters.Where(c => c.UnitId == unitId && c.Series == series && c.Year == year);
        var updated = await q.ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Counter {unitId}/{series}/{year} missing: call EnsureAsync before the transaction.");
        }

        return await q.Select(c => c.Value).SingleAsync(ct);
    }

    /// <summary>A number given by hand (a paper document numbered earlier): later numbers continue after it.</summary>
    public async Task RaiseToAsync(Guid unitId, string series, int year, int number, CancellationToken ct) =>
        await db.DocumentCounters.Where(c => c.UnitId == unitId && c.Series == series && c.Year == year && c.Value < number)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, number), ct);
}
