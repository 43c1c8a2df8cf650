using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions;

/// <summary>
/// Who sees and does what with a submission. The sender's side: ViewWork on the submitting unit to see, HandleWork to draft,
/// edit and send. The superior's office (the review side) — our rule: whoever holds Monitor or AssignWork on the receiving
/// unit (its leaders, its monitoring staff, administrators), or holds a position in an Office-kind unit directly under it
/// (the Văn phòng of the UBND). The office sees only what was sent, never drafts. Anyone else: 404.
/// </summary>
internal sealed class SubmissionAccess(AppDbContext db, IAccessControl access, ICallerPlace place, IUnitDirectory units, IPeopleDirectory people, ICurrentUser currentUser,
    TimeProvider clock)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy tờ trình. / Submission not found.");

    public async Task<Submission> LoadAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Submissions.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        if (!await CanSeeAsync(s, ct))
        {
            throw NotFound();
        }

        return s;
    }

    /// <summary>
    /// A draft is the sending unit's own work: only its people (see OwnUnitsAsync) and administrators see it, not
    /// the superiors whose ViewWork covers it. Once sent, the sender's scope (ViewWork) and the receiving office see it.
    /// </summary>
    public async Task<bool> CanSeeAsync(Submission s, CancellationToken ct)
    {
        if (s.Status == SubmissionStatus.Draft)
        {
            return await access.IsAdministratorAsync(ct) || (await OwnUnitsAsync(ct)).Contains(s.SubmitterUnitId);
        }

        return await access.HasAsync(Permission.ViewWork, s.SubmitterUnitId, ct) || await IsOfficeOfAsync(s.ToUnitId, ct);
    }

    /// <summary>
    /// The units the caller works in, as a sender: the units of their positions, and for a phòng its sở (a specialist of a
    /// phòng drafts the sở's submissions). A draft of one of these is the caller's own unit's work.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> OwnUnitsAsync(CancellationToken ct)
    {
        // The caller's units with their kind and parent come from the caller's place (read once per request).
        var mine = await place.UnitsAsync(ct);
        var result = new HashSet<Guid>(mine.Select(u => u.UnitId));
        foreach (var unit in mine.Where(u => u.Kind == UnitKind.Division && u.ParentId is not null))
        {
            result.Add(unit.ParentId!.Value);
        }

        return result.ToList();
    }

    public Task<bool> CanHandleAsync(Submission s, CancellationToken ct) => CanSendForAsync(s.SubmitterUnitId, ct);

    /// <summary>Drafting, completing and sending are the sending unit's own acts: HandleWork there, as one of its people.</summary>
    public async Task<bool> CanSendForAsync(Guid unitId, CancellationToken ct) =>
        await access.HasAsync(Permission.HandleWork, unitId, ct) && (await access.IsAdministratorAsync(ct) || (await OwnUnitsAsync(ct)).Contains(unitId));

    public async Task EnsureCanSendForAsync(Guid unitId, CancellationToken ct)
    {
        if (!await CanSendForAsync(unitId, ct))
        {
            throw new ForbiddenException("Chỉ người của đơn vị trình được soạn, sửa và gửi tờ trình. / Only the submitting unit's people may draft, edit and send its submissions.");
        }
    }

    public async Task<bool> IsOfficeOfAsync(Guid toUnitId, CancellationToken ct)
    {
        if (await access.HasAsync(Permission.Monitor, toUnitId, ct) || await access.HasAsync(Permission.AssignWork, toUnitId, ct))
        {
            return true;
        }

        return (await OfficeParentsAsync(ct)).Contains(toUnitId);
    }

    /// <summary>
    /// Returning and accepting are the office's decisions (docs/domain.md §9): the receiving unit's leaders and monitors
    /// (Monitor or AssignWork there) and, in its Văn phòng, the leaders and the specialists who review. A clerk of the
    /// office registers and forwards the submission but does not decide on it.
    /// </summary>
    public async Task<bool> CanReviewAsync(Guid toUnitId, CancellationToken ct)
    {
        if (await access.HasAsync(Permission.Monitor, toUnitId, ct) || await access.HasAsync(Permission.AssignWork, toUnitId, ct))
        {
            return true;
        }

        if (currentUser.UserId is not { } me)
        {
            return false;
        }

        var offices = (await units.ChildrenAsync([toUnitId], ct)).Where(u => u.Kind == UnitKind.Office && u.ValidTo is null).Select(u => u.Id).ToList();
        if (offices.Count == 0)
        {
            return false;
        }

        var positions = await people.PeopleInAsync(offices, clock.Today(), ct);
        return positions.Any(p => p.UserId == me && (p.Roles & (OrgRole.Leader | OrgRole.DeputyLeader | OrgRole.Specialist)) != 0);
    }

    /// <summary>The units whose Office-kind child the current user holds a position in.</summary>
    public async Task<IReadOnlyList<Guid>> OfficeParentsAsync(CancellationToken ct)
    {
        // The caller's units with their kind and parent come from the caller's place (read once per request).
        var mine = await place.UnitsAsync(ct);
        return mine.Where(u => u.Kind == UnitKind.Office && u.ParentId is not null).Select(u => u.ParentId!.Value).Distinct().ToList();
    }

    /// <summary>The people the office notices go to: leaders and monitors of the receiving unit, and the staff of its office.</summary>
    public async Task<IReadOnlyList<Guid>> OfficePeopleAsync(Guid toUnitId, CancellationToken ct)
    {
        var children = (await units.ChildrenAsync([toUnitId], ct)).Where(u => u.Kind == UnitKind.Office && u.ValidTo is null).Select(u => u.Id).ToList();
        var inUnit = await people.PeopleInAsync([toUnitId], clock.Today(), ct);
        var inOffice = children.Count == 0 ? [] : await people.PeopleInAsync(children, clock.Today(), ct);
        return inUnit.Where(p => (p.Roles & (OrgRole.Leader | OrgRole.DeputyLeader | OrgRole.Monitor)) != 0)
            .Concat(inOffice).Select(p => p.UserId).Distinct().ToList();
    }

    public Task<IQueryable<Guid>?> SenderScopeAsync(CancellationToken ct) => access.ScopeAsync(Permission.ViewWork, ct);

    public Task<IQueryable<Guid>?> ScopeAsync(Permission permission, CancellationToken ct) => access.ScopeAsync(permission, ct);
}
