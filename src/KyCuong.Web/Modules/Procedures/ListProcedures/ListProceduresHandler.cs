using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures.ListProcedures;

internal sealed record ProcedureListItem(Guid Id, string Code, string Name, bool Internal, Guid BodyUnitId, string BodyUnitName, int? TimeLimitWorkingDays,
    string Status, DateOnly? PublishedOn, long? AnnualComplianceCost);

internal sealed record ProcedurePage(IReadOnlyList<ProcedureListItem> Items, int Total, int Page, int PageSize);

/// <summary>
/// The procedures the caller may see (<see cref="ProcedureAccess.VisibleAsync"/>) by code, filtered by text (code or name), internal or not,
/// status and body (its subtree); paged like every list (docs/api.md "Conventions").
/// </summary>
internal sealed class ListProceduresHandler(ProcedureAccess access, IUnitDirectory units)
{
    public const int MaxPageSize = 200;

    public async Task<ProcedurePage> HandleAsync(string? q, bool? @internal, string? status, Guid? bodyUnitId, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .MaxLength(q, "q", "Từ khóa", 200)
            .Check(status is null || ProcedureStatus.All.Contains(status), "status", "Trạng thái là draft hoặc published. / status must be draft or published.")
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        var query = (await access.VisibleAsync(ct)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().Normalize();
            query = query.Where(p => p.Code.Contains(text) || p.Name.Contains(text));
        }

        if (@internal is { } i)
        {
            query = query.Where(p => p.Internal == i);
        }

        if (status is not null)
        {
            query = query.Where(p => p.Status == status);
        }

        if (bodyUnitId is { } b)
        {
            var subtree = units.Subtree(b);
            query = query.Where(p => subtree.Contains(p.BodyUnitId));
        }

        var p0 = page ?? 1;
        var size = pageSize ?? 50;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Code).Skip((p0 - 1) * size).Take(size).ToListAsync(ct);
        var names = await units.FindManyAsync([.. rows.Select(r => r.BodyUnitId).Distinct()], ct);
        return new ProcedurePage([.. rows.Select(r => new ProcedureListItem(r.Id, r.Code, r.Name, r.Internal, r.BodyUnitId,
            names.TryGetValue(r.BodyUnitId, out var u) ? u.Name : "", r.TimeLimitWorkingDays, r.Status, r.PublishedOn, r.AnnualComplianceCost))], total, p0, size);
    }
}
