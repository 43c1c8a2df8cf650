using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Drafts;

/// <summary>
/// Who may see and do what with a draft (docs/domain.md "Drafts"): the people of the drafting unit and the leaders above it see it
/// (ViewWork on the unit, which covers its subtree), those who handle work there edit it (HandleWork), a leader of the unit or a
/// delegate issues it (SignDocuments). A draft outside the caller's units is absent (404), never a 403 that confirms it exists.
/// </summary>
internal sealed class DraftAccess(AppDbContext db, IAccessControl access)
{
    public async Task<Draft> LoadAsync(Guid id, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Drafts : db.Drafts.AsNoTracking();
        var draft = await query.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draft is null || !await access.HasAsync(Permission.ViewWork, draft.UnitId, ct))
        {
            throw new NotFoundException("Không tìm thấy dự thảo. / Draft not found.");
        }

        return draft;
    }

    public Task<bool> CanEditAsync(Draft draft, CancellationToken ct) => access.HasAsync(Permission.HandleWork, draft.UnitId, ct);

    public Task<bool> CanIssueAsync(Draft draft, CancellationToken ct) => access.HasAsync(Permission.SignDocuments, draft.UnitId, ct);

    public async Task EnsureEditAsync(Draft draft, CancellationToken ct)
    {
        if (draft.IsIssued)
        {
            throw new DomainException("draft.issued", $"Văn bản đã ban hành (số {draft.NumberSymbol}), không sửa được nữa. / The draft is issued and read-only.");
        }

        if (!await CanEditAsync(draft, ct))
        {
            throw new ForbiddenException("Bạn chỉ được xem dự thảo của đơn vị này, không được sửa. / You may read but not edit this unit's drafts.");
        }
    }

    /// <summary>The units whose drafts the caller sees (null = everywhere, for administrators).</summary>
    public Task<IQueryable<Guid>?> VisibleUnitsAsync(CancellationToken ct) => access.ScopeAsync(Permission.ViewWork, ct);
}
