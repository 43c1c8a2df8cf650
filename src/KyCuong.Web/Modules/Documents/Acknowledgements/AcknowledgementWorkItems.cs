using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>
/// The caller's open acknowledgements (<see cref="IAcknowledgementWorkItems"/>): campaigns whose recipient units are the caller's
/// units or above them, not yet acknowledged by the caller; read on the unit and person indexes.
/// </summary>
internal sealed class AcknowledgementWorkItems(AppDbContext db, AcknowledgementReach reach, ICurrentUser currentUser) : IAcknowledgementWorkItems
{
    public async Task<AcknowledgementWorkList> PendingForMeAsync(int max, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return new AcknowledgementWorkList([], 0);
        }

        var mine = await reach.MineAsync(ct);
        if (mine.Count == 0)
        {
            return new AcknowledgementWorkList([], 0);
        }

        var q = db.AcknowledgementCampaigns.AsNoTracking()
            .Where(c => db.AcknowledgementUnits.Any(u => u.DocumentId == c.DocumentId && mine.Contains(u.UnitId))
                && !db.DocumentAcknowledgements.Any(a => a.DocumentId == c.DocumentId && a.UserId == me))
            .Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => new { c.RequiredAtUtc, d.Id, d.Subject, d.NumberSymbol, d.IssuerName });
        // max 0 asks for the total alone (the navigation's count): no rows are read.
        var items = max <= 0 ? [] : await q.OrderBy(x => x.RequiredAtUtc).ThenBy(x => x.Id).Take(Math.Clamp(max, 0, 200))
            .Select(x => new AcknowledgementWorkItem(x.Id, x.Subject, x.NumberSymbol, x.IssuerName, x.RequiredAtUtc)).ToListAsync(ct);
        return new AcknowledgementWorkList(items, await q.CountAsync(ct));
    }
}
