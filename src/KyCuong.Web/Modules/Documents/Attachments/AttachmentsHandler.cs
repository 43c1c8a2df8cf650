using System.Security.Cryptography;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Documents.GetDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Attachments;

/// <summary>Files of a document, kept with their SHA-256 so a copy can be shown to be the one registered.</summary>
internal sealed class AttachmentsHandler(AppDbContext db, DocumentVisibility visibility, IAccessControl access, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public async Task<AttachmentInfo> UploadAsync(Guid documentId, string? fileName, string? contentType, long length, Stream content, CancellationToken ct)
    {
        var d = await visibility.GetAsync(documentId, ct);
        if (!await access.HasAsync(Permission.RegisterDocuments, d.RegisteringUnitId, ct) && !await access.HasAsync(Permission.HandleWork, d.RegisteringUnitId, ct))
        {
            throw new ForbiddenException("Bạn không được đính kèm tệp vào văn bản này. / You may not attach files to this document.");
        }

        var name = Path.GetFileName(fileName ?? "").Trim();
        var v = new Validator()
            .Check(name.Length is > 0 and <= 260, "file", "Cần một tệp có tên (tối đa 260 ký tự). / A named file is required.")
            .Check(length > 0, "file", "Tệp rỗng. / The file is empty.")
            .Check(length <= MaxBytes, "file", "Tệp lớn hơn 20 MB. / The file is larger than 20 MB.");
        v.ThrowIfInvalid();

        // Kept as bytes, never interpreted; read through the shared bounded reader (docs/operations.md, "Uploads").
        var bytes = await Platform.Uploads.UploadReader.ReadBytesAsync(content, MaxBytes, ct)
            ?? throw RequestValidationException.For("file", "Tệp lớn hơn 20 MB. / The file is larger than 20 MB.");
        var a = new DocumentAttachment
        {
            Id = Guid.CreateVersion7(),
            DocumentId = d.Id,
            FileName = name.Normalize(),
            ContentType = string.IsNullOrWhiteSpace(contentType) || contentType.Length > 150 ? "application/octet-stream" : contentType,
            Size = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = currentUser.UserId,
        };
        db.DocumentAttachments.Add(a);
        audit.Record("document", d.Id, "attachmentAdded", new { AttachmentId = a.Id, a.FileName, a.Size, a.Sha256 });
        await db.SaveChangesAsync(ct);
        return new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, VietnamTime.ToVietnam(a.UploadedAtUtc));
    }

    public async Task<DocumentAttachment> DownloadAsync(Guid documentId, Guid attachmentId, CancellationToken ct)
    {
        _ = await visibility.GetAsync(documentId, ct);
        return await db.DocumentAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == documentId, ct)
            ?? throw new NotFoundException("Không tìm thấy tệp đính kèm. / Attachment not found.");
    }
}
