using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Modules.Procedures.GetProcedure;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures.SaveProcedure;

internal sealed record ComplianceCostRequest(long? CostPerCompliance, decimal? FrequencyPerYear, long? SubjectsPerYear);

/// <summary>docs/api.md "One-stop by procedure and step; procedures catalogue": the body of a create (POST) and of a whole replacement (PUT).</summary>
internal sealed record ProcedureRequest(string? Code, string? Name, bool? Internal, Guid? BodyUnitId, string? Sequence, string? Method, string? Dossier,
    int? TimeLimitWorkingDays, string? Subjects, string? Agency, string? Result, string? Fees, string? LegalBasis, string? Status, DateOnly? PublishedOn,
    ComplianceCostRequest? ComplianceCost);

/// <summary>
/// Creates or replaces a procedure of the catalogue (docs/domain.md "One-stop by procedure and step; procedures catalogue"). A draft needs a code, a name and its body; a
/// published procedure needs every part Nghị định 63/2010/NĐ-CP art. 8 lists, and its date of publication (today unless given, never in the
/// future). Only those who keep the body's procedures (<see cref="ProcedureAccess"/>) may; a code already used is 409 and nothing changes.
/// </summary>
internal sealed class SaveProcedureHandler(AppDbContext db, ProcedureAccess access, IUnitDirectory units, GetProcedureHandler details, AuditLog audit, TimeProvider clock)
{
    public const string AuditEntity = "procedure";
    public const int MaxTimeLimitWorkingDays = 365;

    private static readonly string[] MissingPart =
        ["Thủ tục công bố phải có đủ bộ phận theo Điều 8 Nghị định 63/2010/NĐ-CP. / A published procedure needs every part of Nghị định 63/2010 art. 8."];

    public async Task<ProcedureDetails> CreateAsync(ProcedureRequest r, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var body = await ValidateAsync(r, ct);
        var p = new Procedure(Guid.CreateVersion7(), Clean(r.Code)!, body, now);
        await ApplyAsync(p, r, ct);
        db.Procedures.Add(p);
        audit.Record(AuditEntity, p.Id, "created", new { p.Code, p.BodyUnitId, p.Status, p.PublishedOn });
        await db.SaveChangesAsync(ct);
        return await details.DescribeAsync(p, ct);
    }

    public async Task<ProcedureDetails> UpdateAsync(Guid id, ProcedureRequest r, CancellationToken ct)
    {
        var p = await (await access.VisibleAsync(ct)).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw GetProcedureHandler.NotFound();
        if (!await access.CanKeepAsync(p.BodyUnitId, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo, bộ phận kiểm soát thủ tục hành chính của cơ quan hoặc quản trị được sửa thủ tục này. / "
                + "Only the body's leaders, its office controlling procedures or an administrator may change this procedure.");
        }

        await ValidateAsync(r, ct);
        await ApplyAsync(p, r, ct);
        audit.Record(AuditEntity, p.Id, "updated", new { p.Code, p.BodyUnitId, p.Status, p.PublishedOn });
        await db.SaveChangesAsync(ct);
        return await details.DescribeAsync(p, ct);
    }

    private async Task<Guid> ValidateAsync(ProcedureRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        var status = r.Status ?? ProcedureStatus.Draft;
        var cost = r.ComplianceCost;
        new Validator()
            .Require(r.Code, "code", "Mã thủ tục", 50)
            .Require(r.Name, "name", "Tên thủ tục", 500)
            .Check(r.BodyUnitId is { } b && b != Guid.Empty, "bodyUnitId", "Cần cơ quan thực hiện, công bố thủ tục. / bodyUnitId is required.")
            .MaxLength(r.Sequence, "sequence", "Trình tự thực hiện", 8000)
            .MaxLength(r.Method, "method", "Cách thức thực hiện", 2000)
            .MaxLength(r.Dossier, "dossier", "Thành phần, số lượng hồ sơ", 8000)
            .Check(r.TimeLimitWorkingDays is null or (>= 1 and <= MaxTimeLimitWorkingDays), "timeLimitWorkingDays",
                $"Thời hạn giải quyết từ 1 đến {MaxTimeLimitWorkingDays} ngày làm việc. / timeLimitWorkingDays must be 1 to {MaxTimeLimitWorkingDays}.")
            .MaxLength(r.Subjects, "subjects", "Đối tượng thực hiện", 2000)
            .MaxLength(r.Agency, "agency", "Cơ quan thực hiện", 2000)
            .MaxLength(r.Result, "result", "Kết quả thực hiện", 2000)
            .MaxLength(r.Fees, "fees", "Phí, lệ phí", 2000)
            .MaxLength(r.LegalBasis, "legalBasis", "Căn cứ pháp lý", 4000)
            .Check(ProcedureStatus.All.Contains(status), "status", "Trạng thái là draft hoặc published. / status must be draft or published.")
            .Check(r.PublishedOn is null || status == ProcedureStatus.Published, "publishedOn", "Chỉ thủ tục đã công bố có ngày công bố. / publishedOn only with status published.")
            .Check(r.PublishedOn is null || r.PublishedOn <= today, "publishedOn", "Ngày công bố không được ở tương lai. / publishedOn is in the future.")
            .Check(cost?.CostPerCompliance is null or (>= 0 and <= 1_000_000_000_000), "complianceCost.costPerCompliance",
                "Chi phí một lần tuân thủ từ 0 đến 1.000 tỷ đồng. / costPerCompliance must be 0 to 10^12 đồng.")
            .Check(cost?.FrequencyPerYear is null or (> 0 and <= 10_000), "complianceCost.frequencyPerYear",
                "Số lần tuân thủ một năm lớn hơn 0 và không quá 10.000. / frequencyPerYear must be above 0 and at most 10000.")
            .Check(cost?.SubjectsPerYear is null or (>= 0 and <= 1_000_000_000), "complianceCost.subjectsPerYear",
                "Số đối tượng tuân thủ một năm từ 0 đến 1 tỷ. / subjectsPerYear must be 0 to 10^9.")
            .ThrowIfInvalid();

        if (status == ProcedureStatus.Published)
        {
            var probe = new Procedure(Guid.Empty, "", Guid.Empty, default);
            Fill(probe, r);
            var missing = ComplianceCost.MissingForPublication(probe);
            if (missing.Count > 0)
            {
                throw new RequestValidationException(missing.ToDictionary(f => f, _ => MissingPart));
            }
        }

        var body = await units.FindAsync(r.BodyUnitId!.Value, ct);
        if (body is null || !await access.CanKeepAsync(body.Id, ct))
        {
            throw RequestValidationException.For("bodyUnitId", "Bạn không quản lý thủ tục hành chính của cơ quan này. / You do not keep this body's procedures.");
        }

        return body.Id;
    }

    private async Task ApplyAsync(Procedure p, ProcedureRequest r, CancellationToken ct)
    {
        var code = Clean(r.Code)!;
        if (await db.Procedures.AnyAsync(x => x.Code == code && x.Id != p.Id, ct))
        {
            throw new DomainException(ProcedureErrors.DuplicateCode, $"Đã có thủ tục mã \"{code}\". / A procedure with this code exists.");
        }

        var wasPublished = p.Status == ProcedureStatus.Published ? p.PublishedOn : null;
        Fill(p, r);
        p.Code = code;
        p.BodyUnitId = r.BodyUnitId!.Value;
        p.PublishedOn = p.Status == ProcedureStatus.Published ? r.PublishedOn ?? wasPublished ?? clock.Today() : null;
        p.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static void Fill(Procedure p, ProcedureRequest r)
    {
        p.Name = Clean(r.Name) ?? "";
        p.Internal = r.Internal ?? false;
        p.Sequence = Clean(r.Sequence);
        p.Method = Clean(r.Method);
        p.Dossier = Clean(r.Dossier);
        p.TimeLimitWorkingDays = r.TimeLimitWorkingDays;
        p.Subjects = Clean(r.Subjects);
        p.Agency = Clean(r.Agency);
        p.Result = Clean(r.Result);
        p.Fees = Clean(r.Fees);
        p.LegalBasis = Clean(r.LegalBasis);
        p.Status = r.Status ?? ProcedureStatus.Draft;
        p.CostPerCompliance = r.ComplianceCost?.CostPerCompliance;
        p.FrequencyPerYear = r.ComplianceCost?.FrequencyPerYear;
        p.SubjectsPerYear = r.ComplianceCost?.SubjectsPerYear;
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();
}
