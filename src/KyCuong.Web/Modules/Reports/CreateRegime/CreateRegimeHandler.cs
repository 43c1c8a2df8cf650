using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.CreateRegime;

internal sealed record CreateRegimeRequest(
    string? Name,
    string? Periodicity,
    IReadOnlyList<Guid>? ReportingUnitIds,
    int? DueWorkingDays,
    IReadOnlyList<RegimeSectionRequest>? Sections,
    Guid? OwnerUnitId = null,
    string? LegalBasis = null,
    IReadOnlyList<string>? ReportingUnitKinds = null);

internal sealed record RegimeSectionRequest(string? Title, string? Source);

internal sealed record CreatedRegime(Guid Id);

/// <summary>
/// A body sets a reporting regime for units of its own subtree (Decree 09/2019/NĐ-CP art. 5 and 12; docs/domain.md "Reports").
/// The reporting units are named (<c>reportingUnitIds</c>) or chosen by kind (<c>reportingUnitKinds</c>, resolved in the owner's subtree at
/// each period). The body is <c>ownerUnitId</c>, by default the caller's first unit where they assign work; the caller needs AssignWork on it.
/// </summary>
internal sealed class CreateRegimeHandler(AppDbContext db, IAccessControl access, ICurrentPerson person, ICurrentUser user,
    IUnitDirectory units, ReportingUnits reportingUnits, AuditLog audit, TimeProvider clock)
{
    internal const int MaxDueWorkingDays = 60;

    public async Task<CreatedRegime> HandleAsync(CreateRegimeRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim().Normalize();
        if (string.IsNullOrEmpty(name) || name.Length > 500)
        {
            errors["name"] = ["Nhập tên chế độ báo cáo (tối đa 500 ký tự). / Name is required (at most 500 characters)."];
        }

        if (!Periodicities.TryParse(request.Periodicity, out var periodicity))
        {
            errors["periodicity"] = ["Kỳ báo cáo phải là month, quarter, halfYear, year hoặc once. / Periodicity must be month, quarter, halfYear, year or once."];
        }

        if (request.DueWorkingDays is not { } due || due < 0 || due > MaxDueWorkingDays)
        {
            errors["dueWorkingDays"] = [$"Hạn gửi là số ngày làm việc sau ngày chốt số liệu, từ 0 đến {MaxDueWorkingDays}. / dueWorkingDays must be 0–{MaxDueWorkingDays}."];
        }

        var reporting = request.ReportingUnitIds?.Distinct().ToList() ?? [];
        var kinds = new List<string>();
        foreach (var k in request.ReportingUnitKinds ?? [])
        {
            if (ReportingUnits.TryParseKind(k, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                errors["reportingUnitKinds"] = ["Loại đơn vị phải là một trong: " + string.Join(", ", Enum.GetValues<UnitKind>().Select(ReportingUnits.KindName))
                    + ". / Unknown unit kind."];
            }
        }

        kinds = [.. kinds.Distinct()];
        if ((reporting.Count == 0 && kinds.Count == 0) || reporting.Count > 2000)
        {
            errors["reportingUnitIds"] = ["Chọn ít nhất một đơn vị hoặc một loại đơn vị phải báo cáo. / Choose at least one reporting unit or unit kind."];
        }

        var sections = request.Sections ?? [];
        if (sections.Count == 0 || sections.Count > 50)
        {
            errors["sections"] = ["Báo cáo cần từ 1 đến 50 mục. / A report needs 1–50 sections."];
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(sections[i].Title) || sections[i].Title!.Length > 500)
            {
                errors[$"sections[{i}].title"] = ["Nhập tên mục (tối đa 500 ký tự). / Section title is required."];
            }

            if (sections[i].Source is not { } s || !SectionSources.All.Contains(s))
            {
                errors[$"sections[{i}].source"] = [$"Nguồn số liệu phải là một trong: {string.Join(", ", SectionSources.All)}. / Unknown source."];
            }
        }

        if (request.LegalBasis is { Length: > 1000 })
        {
            errors["legalBasis"] = ["Căn cứ pháp lý tối đa 1000 ký tự. / legalBasis is at most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var owner = request.OwnerUnitId ?? await DefaultOwnerAsync(ct);
        if (await units.FindAsync(owner, ct) is null || !await access.HasAsync(Permission.ViewWork, owner, ct))
        {
            throw RequestValidationException.For("ownerUnitId", "Không tìm thấy cơ quan ban hành chế độ báo cáo. / Owner unit not found.");
        }

        await access.EnsureAsync(Permission.AssignWork, owner, ct);

        // The reporting units are the owner's own subordinates (docs/domain.md "Reports": chosen from its subtree).
        var subtree = units.Subtree(owner);
        var inside = await subtree.Where(u => reporting.Contains(u)).ToListAsync(ct);
        var outside = reporting.Except(inside).ToList();
        if (outside.Count > 0)
        {
            throw RequestValidationException.For("reportingUnitIds",
                "Đơn vị báo cáo phải thuộc cơ quan ban hành chế độ báo cáo. / Reporting units must be inside the owner's subtree: " + string.Join(", ", outside));
        }

        var regime = new ReportRegime(Guid.NewGuid(), name!, request.LegalBasis?.Trim().Normalize(), owner, periodicity, request.DueWorkingDays!.Value, reporting,
            sections.Select(s => (s.Title!.Trim().Normalize(), s.Source!)), user.UserId, clock.GetUtcNow().UtcDateTime, kinds);
        if (kinds.Count > 0 && (await reportingUnits.OfAsync(regime, ct)).Count == 0)
        {
            throw RequestValidationException.For("reportingUnitKinds",
                "Cơ quan ban hành không có đơn vị trực thuộc nào thuộc loại đã chọn. / No unit of these kinds in the owner's subtree.");
        }

        db.ReportRegimes.Add(regime);
        audit.Record(ReportAudit.RegimeEntity, regime.Id, ReportAudit.RegimeCreated, new
        {
            regime.Name, periodicity = Periodicities.Name(periodicity), regime.OwnerUnitId, regime.DueWorkingDays, reportingUnitIds = reporting, reportingUnitKinds = kinds,
        });
        await db.SaveChangesAsync(ct);
        return new CreatedRegime(regime.Id);
    }

    private async Task<Guid> DefaultOwnerAsync(CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        return me.Grants.FirstOrDefault(g => g.Permissions.Contains("assignWork"))?.UnitId
            ?? throw new ForbiddenException("Bạn không có quyền giao việc ở đơn vị nào. / You may not assign work in any unit.");
    }
}
