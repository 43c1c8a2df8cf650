using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Citizens;

/// <summary>
/// Who sees and acts on a feedback item (docs/domain.md "Citizens"). The receiving office of the body concerned decides on
/// it: its clerks and monitors (who act for the whole body, ADR 0003 "The office acts for its body") and the body's leaders
/// (AssignWork). The competent unit it was routed to sees it (ViewWork) and answers it (HandleWork). Anyone else gets 404,
/// so an item's existence and the sender's personal data never leave that scope.
/// </summary>
internal sealed class FeedbackAccess(AppDbContext db, IAccessControl access)
{
    private const Permission Receiving = Permission.RegisterDocuments | Permission.Monitor | Permission.AssignWork;

    internal static NotFoundException NotFound() => new("Không tìm thấy phản ánh, kiến nghị. / Feedback item not found.");

    public async Task<IQueryable<FeedbackItem>> VisibleAsync(CancellationToken ct)
    {
        var all = db.FeedbackItems.AsQueryable();
        if (await access.IsAdministratorAsync(ct))
        {
            return all;
        }

        var registers = await access.ScopeAsync(Permission.RegisterDocuments, ct) ?? Enumerable.Empty<Guid>().AsQueryable();
        var monitors = await access.ScopeAsync(Permission.Monitor, ct) ?? Enumerable.Empty<Guid>().AsQueryable();
        var assigns = await access.ScopeAsync(Permission.AssignWork, ct) ?? Enumerable.Empty<Guid>().AsQueryable();
        var views = await access.ScopeAsync(Permission.ViewWork, ct) ?? Enumerable.Empty<Guid>().AsQueryable();
        return all.Where(f => registers.Contains(f.BodyUnitId) || monitors.Contains(f.BodyUnitId) || assigns.Contains(f.BodyUnitId)
            || (f.HandlingUnitId != null && views.Contains(f.HandlingUnitId.Value)));
    }

    /// <summary>The item if the caller may see it, else 404.</summary>
    public async Task<FeedbackItem> LoadAsync(Guid id, CancellationToken ct)
    {
        var item = await db.FeedbackItems.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw NotFound();
        if (!await CanReceiveAsync(item, ct) && !(item.HandlingUnitId is { } h && await access.HasAsync(Permission.ViewWork, h, ct)))
        {
            throw NotFound();
        }

        return item;
    }

    public async Task<bool> CanReceiveAsync(FeedbackItem item, CancellationToken ct)
    {
        foreach (var p in new[] { Permission.RegisterDocuments, Permission.Monitor, Permission.AssignWork })
        {
            if ((Receiving & p) != 0 && await access.HasAsync(p, item.BodyUnitId, ct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Throws 403 unless the caller acts for the body's receiving office (the item is already known visible).</summary>
    public async Task EnsureReceivingAsync(FeedbackItem item, CancellationToken ct)
    {
        if (!await CanReceiveAsync(item, ct))
        {
            throw new ForbiddenException("Chỉ bộ phận tiếp nhận của cơ quan được thực hiện việc này. / Only the body's receiving office may do this.");
        }
    }

    /// <summary>The competent unit's officials (HandleWork there) or the receiving office answer.</summary>
    public async Task EnsureAnsweringAsync(FeedbackItem item, CancellationToken ct)
    {
        if (item.HandlingUnitId is { } h && await access.HasAsync(Permission.HandleWork, h, ct))
        {
            return;
        }

        await EnsureReceivingAsync(item, ct);
    }
}
