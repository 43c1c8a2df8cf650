using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>
/// Which recipient units reach the signed-in person: the units where the person holds a position today and every unit above them
/// (a directive sent to Sở Nội vụ is acknowledged by the officials of its divisions too, docs/domain.md "Acknowledgement of
/// directives"). Read from the caller's place (the tree's closure, once per request) and kept for the request.
/// </summary>
internal sealed class AcknowledgementReach(ICallerPlace place, ICurrentUser currentUser)
{
    private IReadOnlyList<Guid>? _reach;

    public async Task<IReadOnlyList<Guid>> MineAsync(CancellationToken ct)
    {
        if (_reach is not null)
        {
            return _reach;
        }

        if (currentUser.UserId is null)
        {
            return _reach = [];
        }

        // The caller's units and every unit above them, from the caller's place (one closure read per request, not one per level).
        return _reach = await place.UnitsAndAboveAsync(ct);
    }
}
