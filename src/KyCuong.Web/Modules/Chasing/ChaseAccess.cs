using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>
/// Who may see and act on a person's accountability record: the person; the leaders of the person's unit and
/// above (AssignWork there) and the monitors of that scope (Monitor there); the personnel office of the ladder that applies
/// to the person's unit; administrators. Anyone else gets 404 (docs/api.md: not found also for what the caller may not see).
/// </summary>
internal sealed class ChaseAccess(AppDbContext db, IAccessControl access, IPeopleDirectory people, IUnitDirectory units, ICalendarService calendar,
    ICurrentUser currentUser, TimeProvider clock)
{
    private LadderResolver? _resolver;

    public static NotFoundException PersonNotFound() => new("Không tìm thấy cán bộ. / Person not found.");

    public async Task<LadderResolver> LaddersAsync(CancellationToken ct) => _resolver ??= await LadderResolver.LoadAsync(db, units, calendar, ct);

    public async Task<IReadOnlyList<Guid>> UnitsOfAsync(Guid userId, CancellationToken ct) => await people.UnitsOfAsync(userId, clock.Today(), ct);

    /// <summary>Throws 404 unless the caller may see the person's record; returns the person's units.</summary>
    public async Task<IReadOnlyList<Guid>> EnsureCanSeeAsync(Guid userId, CancellationToken ct)
    {
        var unitsOfPerson = await UnitsOfAsync(userId, ct);
        if (currentUser.UserId == userId || await access.IsAdministratorAsync(ct))
        {
            // An administrator sees everyone, but only someone who exists: an unknown id is 404, not a blank record.
            if (unitsOfPerson.Count == 0 && !(await people.NamesAsync([userId], ct)).ContainsKey(userId))
            {
                throw PersonNotFound();
            }

            return unitsOfPerson;
        }

        foreach (var u in unitsOfPerson)
        {
            if (await access.HasAsync(Permission.AssignWork, u, ct) || await access.HasAsync(Permission.Monitor, u, ct) || await IsPersonnelOfficeAsync(u, Permission.ViewWork, ct))
            {
                return unitsOfPerson;
            }
        }

        throw PersonNotFound();
    }

    /// <summary>Clearing a flag: the person's unit head (leaders above, AssignWork) or the personnel office (HandleWork there); else 403.</summary>
    public async Task EnsureCanClearAsync(IReadOnlyList<Guid> unitsOfPerson, CancellationToken ct)
    {
        foreach (var u in unitsOfPerson)
        {
            if (await access.HasAsync(Permission.AssignWork, u, ct) || await IsPersonnelOfficeAsync(u, Permission.HandleWork, ct))
            {
                return;
            }
        }

        if (!await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ thủ trưởng đơn vị hoặc cơ quan tổ chức cán bộ được gỡ cờ. / Only the unit head or the personnel office may clear the flag.");
        }
    }

    private async Task<bool> IsPersonnelOfficeAsync(Guid unitOfPerson, Permission permission, CancellationToken ct)
    {
        var ladder = (await LaddersAsync(ct)).SettingFor(unitOfPerson);
        return ladder?.PersonnelOfficeUnitId is { } office && await access.HasAsync(permission, office, ct);
    }
}
