using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Drafts.ListDrafts;

/// <summary>A row of the list of drafts.</summary>
internal sealed record DraftListItem(Guid Id, Guid UnitId, string Type, string Subject, string Status, string? NumberSymbol, DateOnly? IssuedOn, int Version, DateTimeOffset UpdatedAt);

/// <summary>The drafts of the units the caller sees, latest change first, paged (docs/api.md "Paging everywhere"); optionally one unit or one status.</summary>
internal sealed class ListDraftsHandler(AppDbContext db, DraftAccess drafts)
{
    public async Task<Paged<DraftListItem>> HandleAsync(Guid? unitId, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator().Check(status is null or "" or Draft.Editing or Draft.Issued, "status", "status phải là draft hoặc issued. / status must be draft or issued.").ThrowIfInvalid();
        var request = Paging.Validate(page, pageSize);
        var query = db.Drafts.AsNoTracking();
        if (await drafts.VisibleUnitsAsync(ct) is { } visible)
        {
            query = query.Where(d => visible.Contains(d.UnitId));
        }

        if (unitId is { } only)
        {
            query = query.Where(d => d.UnitId == only);
        }

        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(d => d.Status == status);
        }

        var rows = await query.OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.UnitId, d.Type, d.Subject, d.Status, d.NumberSymbol, d.IssuedOn, d.Version, d.UpdatedAtUtc })
            .ToPageAsync(request, ct);
        return rows.Select(r => new DraftListItem(r.Id, r.UnitId, r.Type, r.Subject, r.Status, r.NumberSymbol, r.IssuedOn, r.Version, VietnamTime.ToVietnam(r.UpdatedAtUtc)));
    }
}
