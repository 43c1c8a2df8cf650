using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Inspections;

/// <summary>
/// Who sees a finding that names an official (docs/domain.md "Checks of official duties: findings about people"): the person, their
/// managers up the tree, the head of the team that recorded it and administrators; to anyone else it does not exist (404), whatever
/// they see of the check. The discipline-review decision is the managers' (the competent leader), never the person's or the team's.
/// Who is a manager is the Organisation module's one answer (<see cref="ICallerPlace.ManagesAsync(Guid, CancellationToken)"/>, docs/domain.md
/// "Who manages a person"); what a manager sees of findings is decided here.
/// </summary>
internal sealed class PersonFindingAccess(IAccessControl access, ICallerPlace place, IPeopleDirectory people, ICurrentUser me, TimeProvider clock)
{
    private bool? _admin;

    public Guid? CallerId => me.UserId;

    public async Task<bool> IsAdministratorAsync(CancellationToken ct) => _admin ??= await access.IsAdministratorAsync(ct);

    /// <summary>The person's positions today: the units a finding about them may be recorded in (or below).</summary>
    public async Task<IReadOnlyList<PersonPosition>> PositionsAsync(Guid userId, CancellationToken ct)
    {
        // One query: the person's positions in force today (an inactive account has none).
        var positions = await people.PositionsOfAsync([userId], clock.Today(), ct);
        return positions.Where(p => p.UserId == userId).ToList();
    }

    /// <summary>Whether the caller manages the person (asked once per person and request of the Organisation module).</summary>
    public Task<bool> IsManagerOfAsync(Guid userId, CancellationToken ct) => place.ManagesAsync(userId, ct);

    /// <summary>Whether the caller sees everything about the person (the person, a manager, an administrator), not only as a team head.</summary>
    public async Task<bool> SeesAllAboutAsync(Guid personUserId, CancellationToken ct) =>
        me.UserId == personUserId || await IsAdministratorAsync(ct) || await IsManagerOfAsync(personUserId, ct);

    /// <summary>A finding of this check: one without a person follows the check; one about a person only the people above.</summary>
    public async Task<bool> CanSeeAsync(Inspection i, InspectionFinding f, CancellationToken ct) =>
        f.PersonUserId is not { } person
        || (!i.IsSecret && ((me.UserId is { } uid && uid == i.TeamLeaderUserId) || await SeesAllAboutAsync(person, ct)));

    /// <summary>The competent leader records the discipline-review decision: a manager of the person or an administrator.</summary>
    public async Task<bool> CanReviewAsync(InspectionFinding f, CancellationToken ct) =>
        f.PersonUserId is { } person && me.UserId != person && (await IsAdministratorAsync(ct) || await IsManagerOfAsync(person, ct));
}
