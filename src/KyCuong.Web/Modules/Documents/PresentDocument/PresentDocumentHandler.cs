using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Documents.PresentDocument;

/// <summary>NĐ 30/2020 art. 24: the clerk presents the incoming document to the leader; the time is recorded, a late one stays visible.</summary>
internal sealed class PresentDocumentHandler(AppDbContext db, DocumentVisibility visibility, IAccessControl access, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<PresentDocumentResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var d = await visibility.GetAsync(id, ct);
        if (!await access.HasAsync(Permission.RegisterDocuments, d.RegisteringUnitId, ct) && !await access.HasAsync(Permission.AssignWork, d.RegisteringUnitId, ct))
        {
            throw new ForbiddenException("Chỉ văn thư hoặc lãnh đạo của đơn vị ghi nhận việc trình văn bản. / Only the unit's clerk or leader records a presentation.");
        }

        var late = PresentationPolicy.IsOverdue(d, clock.Today());
        var now = clock.GetUtcNow().UtcDateTime;
        d.Present(currentUser.UserId, now);
        audit.Record("document", d.Id, "presented", new { Late = late, d.PresentDueDate });
        await db.SaveChangesAsync(ct);
        return new PresentDocumentResponse(d.Id, VietnamTime.ToVietnam(now), late);
    }
}
