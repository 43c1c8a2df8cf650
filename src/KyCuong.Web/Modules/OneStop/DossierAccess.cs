using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop;

/// <summary>
/// Who sees and acts on a dossier (docs/domain.md "One-stop dossiers"). The receiving body sees its dossiers (ViewWork there, which
/// its leaders, its staff and the offices acting for the body above hold: ADR 0003), and so does every unit a step passed through.
/// Anyone else gets 404, so a dossier's existence and the applicant's name never leave that scope. The receiving body's counter
/// (RegisterDocuments), its leaders (AssignWork) and officials of the unit holding the current step (HandleWork) act on it.
/// </summary>
internal sealed class DossierAccess(AppDbContext db, IAccessControl access)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy hồ sơ. / Dossier not found.");

    public async Task<IQueryable<Dossier>> VisibleAsync(CancellationToken ct)
    {
        var all = db.Dossiers.AsQueryable();
        if (await access.IsAdministratorAsync(ct))
        {
            return all;
        }

        var views = await access.ScopeAsync(Permission.ViewWork, ct) ?? Enumerable.Empty<Guid>().AsQueryable();
        var steps = db.DossierSteps;
        return all.Where(d => views.Contains(d.ReceivingUnitId) || steps.Any(s => s.DossierId == d.Id && views.Contains(s.UnitId)));
    }

    /// <summary>The dossier if the caller may see it, else 404.</summary>
    public async Task<Dossier> LoadAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Dossiers.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        if (await access.HasAsync(Permission.ViewWork, d.ReceivingUnitId, ct))
        {
            return d;
        }

        foreach (var unit in await db.DossierSteps.Where(s => s.DossierId == id).Select(s => s.UnitId).Distinct().ToListAsync(ct))
        {
            if (await access.HasAsync(Permission.ViewWork, unit, ct))
            {
                return d;
            }
        }

        throw NotFound();
    }

    /// <summary>May the caller receive dossiers for this body (its counter, its leaders, or its officials)?</summary>
    public async Task<bool> CanReceiveAsync(Guid receivingUnitId, CancellationToken ct) =>
        await access.HasAsync(Permission.RegisterDocuments, receivingUnitId, ct)
        || await access.HasAsync(Permission.AssignWork, receivingUnitId, ct)
        || await access.HasAsync(Permission.HandleWork, receivingUnitId, ct);

    public async Task<bool> CanActAsync(Dossier d, CancellationToken ct) =>
        await access.HasAsync(Permission.HandleWork, d.CurrentUnitId, ct)
        || await access.HasAsync(Permission.RegisterDocuments, d.ReceivingUnitId, ct)
        || await access.HasAsync(Permission.AssignWork, d.ReceivingUnitId, ct);

    /// <summary>Throws 403 unless the caller acts on the dossier (it is already known visible).</summary>
    public async Task EnsureActingAsync(Dossier d, CancellationToken ct)
    {
        if (!await CanActAsync(d, ct))
        {
            throw new ForbiddenException("Chỉ bộ phận một cửa, lãnh đạo cơ quan tiếp nhận hoặc đơn vị đang giữ hồ sơ được thực hiện việc này. / "
                + "Only the receiving body's counter or leaders, or the unit holding the dossier, may do this.");
        }
    }
}
