using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// Who sees a document: whoever may view work of the registering unit or of the lead unit named in the direction
/// (a grant covers the unit's subtree), and the monitors of the direction's focal unit (ADR 0003). Anything else is 404, as if it
/// did not exist (docs/api.md conventions). An official whose acknowledgement the direction requires reads that one document too
/// (docs/domain.md "Acknowledgement of directives"): one cannot confirm having read what one may not open.
/// </summary>
internal sealed class DocumentVisibility(AppDbContext db, IAccessControl access, Acknowledgements.AcknowledgementReach reach)
{
    public async Task<IQueryable<Document>> VisibleAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        var q = db.Documents.AsQueryable();
        if (scope is null)
        {
            return q;
        }

        var following = await access.HasAnywhereAsync(Permission.Monitor, ct) ? await access.ScopeAsync(Permission.Monitor, ct) : null;
        return following is null
            ? q.Where(d => scope.Contains(d.RegisteringUnitId) || (d.LeadUnitId != null && scope.Contains(d.LeadUnitId.Value)))
            : q.Where(d => scope.Contains(d.RegisteringUnitId) || (d.LeadUnitId != null && scope.Contains(d.LeadUnitId.Value))
                || (d.FocalUnitId != null && following.Contains(d.FocalUnitId.Value)));
    }

    /// <summary>The document, tracked, or 404 when it does not exist or is not visible.</summary>
    public async Task<Document> GetAsync(Guid id, CancellationToken ct) =>
        await (await VisibleAsync(ct)).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? await AcknowledgementRequiredOfMeAsync(id, ct)
            ?? throw new NotFoundException("Không tìm thấy văn bản. / Document not found.");

    private async Task<Document?> AcknowledgementRequiredOfMeAsync(Guid id, CancellationToken ct)
    {
        if (!await db.AcknowledgementUnits.AnyAsync(u => u.DocumentId == id, ct))
        {
            return null;
        }

        var mine = await reach.MineAsync(ct);
        return await db.Documents.FirstOrDefaultAsync(d => d.Id == id && db.AcknowledgementUnits.Any(u => u.DocumentId == id && mine.Contains(u.UnitId)), ct);
    }
}
