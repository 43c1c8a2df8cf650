namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>A file of a document (the scan, the signed PDF, annexes), with its SHA-256 so the copy can be shown unchanged.</summary>
internal sealed class DocumentAttachment
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAtUtc { get; set; }

    public Guid? UploadedByUserId { get; set; }
}
