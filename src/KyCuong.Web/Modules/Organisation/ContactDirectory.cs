using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

internal sealed class ContactDirectory(AppDbContext db) : IContactDirectory
{
    public async Task<IReadOnlyDictionary<Guid, PersonContact>> ContactsAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, PersonContact>();
        }

        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new PersonContact(u.Id, u.FullName, u.Email, u.IsActive))
            .ToDictionaryAsync(c => c.UserId, ct);
    }
}
