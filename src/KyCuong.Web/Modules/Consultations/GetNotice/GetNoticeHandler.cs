using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.GetNotice;

/// <summary>A draft notice or report of a consultation, for whoever may see the consultation; otherwise not found.</summary>
internal sealed class GetNoticeHandler(AppDbContext db, ConsultationAccess consultations)
{
    public async Task<ConsultationNotice> HandleAsync(Guid id, CancellationToken ct)
    {
        var notice = await db.ConsultationNotices.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy văn bản. / Notice not found.");
        await consultations.LoadAsync(notice.ConsultationId, ct, tracking: false);
        return notice;
    }
}
