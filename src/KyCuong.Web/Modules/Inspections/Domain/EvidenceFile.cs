using System.IO.Compression;

namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>
/// What an evidence file really is (docs/domain.md "Checks of official duties: plans and evidence"): a photo (JPEG, PNG) or a document (PDF,
/// DOCX), recognised by its first bytes — and for DOCX by the package's main part — never by what the sender claims. The name's
/// extension and any declared content type must agree with the content; anything else is refused.
/// </summary>
internal static class EvidenceFile
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A DOCX package with more entries than this is not a plain document (and may be a zip bomb); it is refused.</summary>
    public const int MaxPackageEntries = 2000;

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = Jpeg, [".jpeg"] = Jpeg, [".png"] = Png, [".pdf"] = Pdf, [".docx"] = Docx,
    };

    public static IReadOnlyCollection<string> AllowedExtensions => Extensions.Keys;

    /// <summary>The content type the bytes prove, or null when they are none of the allowed kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        return null;
    }

    /// <summary>The checked content type of a file, or a Vietnamese-first message saying why it is refused.</summary>
    public static (string? ContentType, string? Error) Check(string fileName, string? declaredType, byte[] bytes)
    {
        var ext = Path.GetExtension(fileName);
        if (!Extensions.TryGetValue(ext, out var expected))
        {
            return (null, "Chỉ nhận ảnh (JPG, PNG) hoặc tài liệu (PDF, DOCX). / Only JPG, PNG, PDF or DOCX files are accepted.");
        }

        var actual = Sniff(bytes) ?? (IsDocx(bytes) ? Docx : null);
        if (actual != expected)
        {
            return (null, "Nội dung tệp không đúng loại tệp như tên gọi. / The file's content is not what its name says.");
        }

        var declared = declaredType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(declared) && declared != "application/octet-stream" && !string.Equals(declared, actual, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Loại tệp khai báo không khớp với nội dung. / The declared content type does not match the content.");
        }

        return (actual, null);
    }

    /// <summary>A zip package holding <c>word/document.xml</c> and <c>[Content_Types].xml</c>, with a bounded number of entries.</summary>
    private static bool IsDocx(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Count <= MaxPackageEntries
                && zip.GetEntry("word/document.xml") is not null
                && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

/// <summary>A file attached to a finding as evidence, kept as bytes with its SHA-256 and never interpreted after the check on upload.</summary>
internal sealed class InspectionEvidence
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid FindingId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAtUtc { get; set; }

    public Guid? UploadedByUserId { get; set; }
}
