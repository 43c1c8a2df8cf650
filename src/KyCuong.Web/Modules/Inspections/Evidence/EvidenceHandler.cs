using System.Security.Cryptography;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Inspections.Evidence;

internal sealed record EvidenceInfo(Guid Id, Guid FindingId, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

/// <summary>
/// Evidence attached to a finding (docs/domain.md "Checks of official duties: plans and evidence"): photos and documents, bounded in size
/// (setting <c>Inspections:MaxEvidenceBytes</c>) and in number per finding, their content checked against their name; stored as bytes
/// like the app's other attachments. Downloading is access-checked exactly like the check itself, so a surprise check's evidence is
/// "not found" to the checked unit until the team arrives; the evidence of a finding about a person follows that finding's own rule.
/// </summary>
internal sealed class EvidenceHandler(AppDbContext db, InspectionAccess inspections, PersonFindingAccess personFindings, AuditLog audit, ICurrentUser me,
    TimeProvider clock, IOptions<InspectionOptions> options)
{
    public const int MaxFilesPerFinding = 20;

    public async Task<EvidenceInfo> UploadAsync(Guid id, Guid findingId, string? fileName, string? contentType, long length, Stream content, CancellationToken ct)
    {
        var i = await inspections.LoadAsync(id, ct);
        await inspections.EnsureCanRunAsync(i, ct);
        if (i.Findings.FirstOrDefault(f => f.Id == findingId) is not { } target || !await personFindings.CanSeeAsync(i, target, ct))
        {
            throw new NotFoundException("Không tìm thấy nội dung ghi nhận. / Finding not found.");
        }

        if (i.Status is not (InspectionStatus.FindingsRecorded or InspectionStatus.Explained))
        {
            throw new DomainException("inspection.notInProgress",
                "Chỉ đính kèm chứng cứ trước khi kết luận. / Evidence is attached before the conclusion.");
        }

        var max = options.Value.MaxEvidenceBytes;
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        new Validator()
            .Check(name.Length is > 0 and <= 255, "file", "Cần một tệp có tên (tối đa 255 ký tự). / A named file is required.")
            .Check(length > 0, "file", "Tệp rỗng. / The file is empty.")
            .Check(length <= max, "file", $"Tệp lớn hơn {max / 1024 / 1024} MB. / The file is larger than allowed.")
            .ThrowIfInvalid();
        if (await db.InspectionEvidence.CountAsync(e => e.FindingId == findingId, ct) >= MaxFilesPerFinding)
        {
            throw RequestValidationException.For("file", $"Mỗi nội dung ghi nhận có tối đa {MaxFilesPerFinding} tệp. / At most {MaxFilesPerFinding} files per finding.");
        }

        // Read through the shared bounded reader (docs/operations.md, "Uploads"): a stream longer than it declared is cut off.
        var bytes = await UploadReader.ReadBytesAsync(content, max, ct)
            ?? throw RequestValidationException.For("file", $"Tệp lớn hơn {max / 1024 / 1024} MB. / The file is larger than allowed.");
        var (type, error) = EvidenceFile.Check(name, contentType, bytes);
        if (type is null)
        {
            throw RequestValidationException.For("file", error!);
        }

        var e = new InspectionEvidence
        {
            Id = Guid.CreateVersion7(),
            InspectionId = i.Id,
            FindingId = findingId,
            FileName = name.Normalize(),
            ContentType = type,
            Size = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = me.UserId,
        };
        db.InspectionEvidence.Add(e);
        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.EvidenceAttached, new { evidenceId = e.Id, findingId, e.FileName, e.ContentType, e.Size, e.Sha256 });
        await db.SaveChangesAsync(ct);
        return Info(e);
    }

    public async Task<InspectionEvidence> DownloadAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        // The check's own rule decides: whoever may not see the check gets 404 for its evidence too; a finding about a person, its own.
        var i = await inspections.LoadAsync(id, ct, tracking: false);
        var e = await db.InspectionEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.InspectionId == id, ct);
        if (e is null || i.Findings.FirstOrDefault(f => f.Id == e.FindingId) is not { } finding || !await personFindings.CanSeeAsync(i, finding, ct))
        {
            throw new NotFoundException("Không tìm thấy tệp chứng cứ. / Evidence not found.");
        }

        return e;
    }

    /// <summary>The evidence of a check, without content, for its details.</summary>
    public async Task<List<EvidenceInfo>> ListAsync(Guid id, CancellationToken ct) =>
        (await db.InspectionEvidence.AsNoTracking().Where(e => e.InspectionId == id)
            .Select(e => new { e.Id, e.FindingId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAtUtc })
            .ToListAsync(ct))
        .OrderBy(e => e.UploadedAtUtc).ThenBy(e => e.Id)
        .Select(e => new EvidenceInfo(e.Id, e.FindingId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAtUtc)).ToList();

    private static EvidenceInfo Info(InspectionEvidence e) => new(e.Id, e.FindingId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAtUtc);
}
