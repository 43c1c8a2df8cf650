using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Documents.Domain;
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
        if (await QueryAsync(ct) is not { } q)
        {
            return new AcknowledgementWorkList([], 0);
        }

        var rows = q.Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => new { c.RequiredAtUtc, d.Id, d.Subject, d.NumberSymbol, d.IssuerName });
        var items = await rows.OrderBy(x => x.RequiredAtUtc).ThenBy(x => x.Id).Take(Math.Clamp(max, 1, 200))
            .Select(x => new AcknowledgementWorkItem(x.Id, x.Subject, x.NumberSymbol, x.IssuerName, x.RequiredAtUtc)).ToListAsync(ct);
        return new AcknowledgementWorkList(items, await rows.CountAsync(ct));
    }

    public async Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct) =>
        await QueryAsync(ct) is { } q ? [q.Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => d.Id)] : [];

    // The list's filter, shared by the list and the navigation's count, so the badge is what the list shows.
    private async Task<IQueryable<AcknowledgementCampaign>?> QueryAsync(CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return null;
        }

        var mine = await reach.MineAsync(ct);
        if (mine.Count == 0)
        {
            return null;
        }

        return db.AcknowledgementCampaigns.AsNoTracking()
            .Where(c => db.AcknowledgementUnits.Any(u => u.DocumentId == c.DocumentId && mine.Contains(u.UnitId))
                && !db.DocumentAcknowledgements.Any(a => a.DocumentId == c.DocumentId && a.UserId == me));
    }
}
