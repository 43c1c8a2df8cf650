using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// Documents presented to the caller (<see cref="IDocumentWorkItems"/>): the leader of the registering unit gives the direction
/// (NĐ 30/2020 art. 24, docs/domain.md §5), so the list covers the units where the caller holds a leading position, not the subtree,
/// and the offices of those units: the office's clerk keeps the body's register (Văn phòng UBND tỉnh for UBND tỉnh).
/// </summary>
internal sealed class DocumentWorkItems(AppDbContext db, ICallerPlace place, IUnitDirectory directory, ICurrentUser currentUser) : IDocumentWorkItems
{
    public async Task<DocumentWorkList> PresentedToMeAsync(int max, CancellationToken ct)
    {
        if (await QueryAsync(ct) is not { } q)
        {
            return new DocumentWorkList([], 0);
        }

        var items = await q.OrderBy(d => d.PresentedAtUtc).ThenBy(d => d.Id).Take(Math.Clamp(max, 1, 200))
            .Select(d => new DocumentWorkItem(d.Id, d.Subject, d.NumberSymbol, d.IssuerName, d.ReceivedOn, d.PresentedAtUtc!.Value))
            .ToListAsync(ct);
        return new DocumentWorkList(items, await q.CountAsync(ct));
    }

    public async Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct) =>
        await QueryAsync(ct) is { } q ? [q.Select(d => d.Id)] : [];

    // The list's filter, shared by the list and the navigation's count, so the badge is what the list shows.
    private async Task<IQueryable<Document>?> QueryAsync(CancellationToken ct)
    {
        if (currentUser.UserId is null)
        {
            return null;
        }

        // The caller's own units where they hold AssignWork (the caller's place, read once per request).
        var units = (await place.UnitsWithAsync(Permission.AssignWork, ct)).ToList();

        if (units.Count > 0)
        {
            // The offices directly under the caller's units present for them (read per work list: the children only, not the directory).
            var offices = (await directory.ChildrenAsync(units, ct)).Where(u => u.Kind == UnitKind.Office).Select(u => u.Id).ToList();
            units.AddRange(offices);
        }

        return db.Documents.AsNoTracking()
            .Where(d => units.Contains(d.RegisteringUnitId) && d.Direction == DocumentDirection.Incoming && d.PresentedAtUtc != null && d.DirectedAtUtc == null);
    }
}
