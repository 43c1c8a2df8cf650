using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.UnitTargets;

/// <summary>docs/api.md "Evaluation: units' yearly targets": <c>{"percent","sourceDocument"}</c>.</summary>
internal sealed record UnitTargetRequest(decimal? Percent, string? SourceDocument);

internal sealed record UnitTargetDto(Guid UnitId, int Year, decimal Percent, string SourceDocument, bool BelowThreshold, decimal Threshold, string? RecordedByName,
    DateTimeOffset RecordedAt);

internal sealed record UnitTargetListDto(IReadOnlyList<UnitTargetDto> Items, int Page, int PageSize, int Total);

/// <summary>
/// A unit's completion of its yearly targets (docs/domain.md "Evaluation: patterns and candidates", Quy định 377-QĐ/TW): recorded by a
/// leader or deputy leader of the superior unit (or an administrator) — nobody records their own unit's figure — with the source
/// document; read by whoever sees the unit's evaluation. Anyone else gets 404; a reader who may not record gets 403. Audited.
/// </summary>
internal sealed class UnitTargetsHandler(AppDbContext db, EvaluationAccess access, IUnitDirectory units, IPeopleDirectory people, AuditLog audit,
    Microsoft.Extensions.Options.IOptions<Patterns.PatternOptions> options, TimeProvider clock)
{
    public const string Recorded = "unitTargetRecorded";

    public async Task<UnitTargetListDto> ListAsync(Guid unitId, int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var rows = await db.EvaluationUnitTargets.AsNoTracking().Where(t => t.UnitId == unitId).OrderByDescending(t => t.Year).ToPageAsync(request, ct);
        var names = await people.NamesAsync(rows.Items.Where(r => r.RecordedByUserId is not null).Select(r => r.RecordedByUserId!.Value), ct);
        return new UnitTargetListDto(rows.Items.Select(r => ToDto(r, names)).ToList(), rows.Page, rows.PageSize, rows.Total);
    }

    /// <summary>Whether the caller may record the unit's figure: a leader or deputy leader of the unit above it today, or an administrator.</summary>
    public async Task<bool> CanRecordAsync(Guid unitId, CancellationToken ct)
    {
        if (await access.IsAdministratorAsync(ct))
        {
            return true;
        }

        if (access.CallerId is not { } me || (await units.FindAsync(unitId, ct))?.ParentId is not { } parent)
        {
            return false;
        }

        return (await people.PeopleInAsync([parent], clock.Today(), ct))
            .Any(p => p.UserId == me && p.UnitId == parent && (p.Roles.HasFlag(OrgRole.Leader) || p.Roles.HasFlag(OrgRole.DeputyLeader)));
    }

    public async Task<UnitTargetDto> PutAsync(Guid unitId, int year, UnitTargetRequest r, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var today = clock.Today();
        new Validator()
            .Check(year >= 2000 && year <= today.Year, "year", "Năm phải từ 2000 đến năm nay. / year must be 2000 to the current year.")
            .Check(r.Percent is >= 0 and <= 100 && decimal.Round(r.Percent.Value, 2) == r.Percent.Value, "percent",
                "Tỷ lệ hoàn thành chỉ tiêu là số từ 0 đến 100, tối đa hai chữ số thập phân. / percent must be 0–100 with at most two decimals.")
            .Require(r.SourceDocument, "sourceDocument", "Số, ký hiệu văn bản làm căn cứ", 100)
            .ThrowIfInvalid();
        if (!await CanRecordAsync(unitId, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo đơn vị cấp trên trực tiếp ghi nhận kết quả thực hiện chỉ tiêu của đơn vị. / Only the superior unit's leaders record it.");
        }

        var row = await db.EvaluationUnitTargets.FirstOrDefaultAsync(t => t.UnitId == unitId && t.Year == year, ct);
        var previous = row is null ? null : new { row.Percent, row.SourceDocument };
        if (row is null)
        {
            row = new UnitTargetResult(Guid.CreateVersion7(), unitId, year);
            db.EvaluationUnitTargets.Add(row);
        }

        row.Record(r.Percent!.Value, r.SourceDocument!.Trim().Normalize(), access.CallerId, clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, unitId, Recorded, new { year, percent = row.Percent, sourceDocument = row.SourceDocument, previous });
        await db.SaveChangesAsync(ct);
        var names = access.CallerId is { } me ? await people.NamesAsync([me], ct) : new Dictionary<Guid, string>();
        return ToDto(row, names);
    }

    private UnitTargetDto ToDto(UnitTargetResult r, IReadOnlyDictionary<Guid, string> names)
    {
        var threshold = options.Value.UnitTargetsBelowPercent;
        return new UnitTargetDto(r.UnitId, r.Year, r.Percent, r.SourceDocument, r.IsBelow(threshold), threshold,
            r.RecordedByUserId is { } by ? names.GetValueOrDefault(by) : null, VietnamTime.ToVietnam(r.RecordedAtUtc));
    }
}
