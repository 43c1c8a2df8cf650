using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.GetConsultation;

/// <summary>An attachment of a consultation the caller may see.</summary>
internal sealed class AttachmentHandler(AppDbContext db, ConsultationAccess consultations)
{
    public async Task<(string Name, string ContentType, byte[] Content)> HandleAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        await consultations.LoadAsync(id, ct, tracking: false);
        var a = await db.ConsultationAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.ConsultationId == id, ct)
            ?? throw new NotFoundException("Không tìm thấy tệp đính kèm. / Attachment not found.");
        return (a.FileName, a.ContentType, a.Content);
    }
}

internal static class AttachmentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<IResult> (Guid id, Guid attachmentId, AttachmentHandler handler, CancellationToken ct) =>
        {
            var (name, type, content) = await handler.HandleAsync(id, attachmentId, ct);
            return TypedResults.File(content, type, name);
        })
        .WithName("GetConsultationAttachment")
        .WithSummary("Tải tệp đính kèm / Download an attachment");
}
