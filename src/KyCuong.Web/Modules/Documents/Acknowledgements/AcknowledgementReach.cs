using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>
/// Which recipient units reach the signed-in person: the units where the person holds a position today and every unit above them
/// (a directive sent to Sở Nội vụ is acknowledged by the officials of its divisions too, docs/domain.md "Acknowledgement of
/// directives"). Walked up the tree one level per query and kept for the request.
/// </summary>
internal sealed class AcknowledgementReach(IPeopleDirectory people, IUnitDirectory units, ICurrentUser currentUser, TimeProvider clock)
{
    private IReadOnlyList<Guid>? _reach;

    public async Task<IReadOnlyList<Guid>> MineAsync(CancellationToken ct)
    {
        if (_reach is not null)
        {
            return _reach;
        }

        if (currentUser.UserId is not { } me)
        {
            return _reach = [];
        }

        var seen = new HashSet<Guid>();
        var level = (await people.UnitsOfAsync(me, clock.Today(), ct)).ToList();
        while (level.Count > 0)
        {
            var fresh = level.Where(seen.Add).ToList();
            if (fresh.Count == 0)
            {
                break;
            }

            level = [.. (await units.FindManyAsync(fresh, ct)).Values.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value)];
        }

        return _reach = [.. seen];
    }
}
