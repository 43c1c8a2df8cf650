using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Procedures;

/// <summary>
/// Who sees and keeps the catalogue (docs/domain.md "One-stop by procedure and step; procedures catalogue"). Published procedures are public information (Nghị định
/// 63/2010/NĐ-CP, chapter on publication): every signed-in official reads them. A draft is seen, and any procedure is created or changed, only by those
/// who control the body's administrative procedures: Monitor on the body (its leaders and the office that tracks for it: the control
/// of administrative procedures sits with the office, Nghị định 63/2010/NĐ-CP as amended by Nghị định 92/2017/NĐ-CP), or an administrator. Others get 404 on a draft
/// and 403 on a change of what they see.
/// </summary>
internal sealed class ProcedureAccess(AppDbContext db, IAccessControl access)
{
    public async Task<IQueryable<Procedure>> VisibleAsync(CancellationToken ct)
    {
        var all = db.Procedures.AsQueryable();
        var keeps = await access.ScopeAsync(Permission.Monitor, ct);
        if (keeps is null)
        {
            return all;
        }

        return all.Where(p => p.Status == ProcedureStatus.Published || keeps.Contains(p.BodyUnitId));
    }

    public Task<bool> CanKeepAsync(Guid bodyUnitId, CancellationToken ct) => access.HasAsync(Permission.Monitor, bodyUnitId, ct);

    public Task<bool> CanKeepAnyAsync(CancellationToken ct) => access.HasAnywhereAsync(Permission.Monitor, ct);
}
