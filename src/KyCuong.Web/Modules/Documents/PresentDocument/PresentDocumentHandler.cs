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

        if (d.Direction != DocumentDirection.Incoming)
        {
            throw new DomainException("document.notIncoming", "Chỉ văn bản đến mới trình lãnh đạo cho ý kiến. / Only incoming documents are presented.");
        }

        if (d.PresentedAtUtc is not null)
        {
            throw new DomainException("document.alreadyPresented", "Văn bản đã được trình. / The document was already presented.");
        }

        var late = PresentationPolicy.IsOverdue(d, clock.Today());
        d.PresentedAtUtc = clock.GetUtcNow().UtcDateTime;
        d.PresentedByUserId = currentUser.UserId;
        d.Version++;
        audit.Record("document", d.Id, "presented", new { Late = late, d.PresentDueDate });
        await db.SaveChangesAsync(ct);
        return new PresentDocumentResponse(d.Id, VietnamTime.ToVietnam(d.PresentedAtUtc.Value), late);
    }
}
