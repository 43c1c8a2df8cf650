using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.GetUnit;

internal sealed class GetUnitHandler(AppDbContext db, IAccessControl access)
{
    public async Task<UnitDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        var ancestors = await (from c in db.UnitClosures
                               join u in db.Units on c.AncestorId equals u.Id
                               where c.DescendantId == id && c.Depth > 0
                               orderby c.Depth descending
                               select u).AsNoTracking().ToListAsync(ct);
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.Name).ToListAsync(ct);
        var predecessors = await (from s in db.UnitSuccessions
                                  join u in db.Units on s.PredecessorId equals u.Id
                                  where s.SuccessorId == id
                                  select new SuccessionDto(u.Id, u.Name, s.Kind, s.EffectiveOn, s.LegalBasis)).ToListAsync(ct);
        var successors = await (from s in db.UnitSuccessions
                                join u in db.Units on s.SuccessorId equals u.Id
                                where s.PredecessorId == id
                                select new SuccessionDto(u.Id, u.Name, s.Kind, s.EffectiveOn, s.LegalBasis)).ToListAsync(ct);
        var members = await (from p in db.Positions
                             join usr in db.Users on p.UserId equals usr.Id
                             where p.UnitId == id
                             orderby p.Roles, usr.FullName
                             select new { usr.Id, usr.FullName, usr.UserName, p.Title, p.Roles }).ToListAsync(ct);
        // Log-in names are half of a credential: only whoever administers this unit's accounts sees them; every official
        // sees the members' names and positions.
        var showUserNames = await access.HasAsync(Permission.ManageUsers, id, ct);
        return new UnitDetails(UnitDirectory.ToDto(unit), ancestors.Select(UnitDirectory.ToDto).ToList(), children.Select(UnitDirectory.ToDto).ToList(),
            predecessors.OrderBy(p => p.EffectiveOn).ToList(), successors.OrderBy(p => p.EffectiveOn).ToList(),
            members.Select(m => new MemberDto(m.Id, m.FullName, showUserNames ? m.UserName : null, m.Title, RoleNames.Of(m.Roles))).ToList());
    }
}
