using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop.ListDossiers;

internal sealed record DossierListItem(Guid Id, string Code, string ProcedureCode, string ProcedureName, Guid ReceivingUnitId, string ReceivingUnitName,
    Guid CurrentUnitId, string CurrentUnitName, string? ApplicantName, DateOnly ReceivedOn, DateOnly DueDate, DateOnly? PromisedDate, DateOnly? ReturnedOn,
    string Status, int ApologyLetters);

internal sealed record DossierPage(IReadOnlyList<DossierListItem> Items, int Total, int Page, int PageSize);

/// <summary>The dossiers the caller may see (DossierAccess), newest receipt first, by on-time state, unit or code; paged.</summary>
internal sealed class ListDossiersHandler(DossierAccess access, IUnitDirectory units, TimeProvider clock)
{
    public async Task<DossierPage> HandleAsync(string? status, Guid? unitId, string? code, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(status is null || DossierStatus.All.Contains(status), "status", "Trạng thái không hợp lệ. / Unknown status.")
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= 200), "pageSize", "pageSize từ 1 đến 200. / pageSize must be 1 to 200.")
            .MaxLength(code, "code", "Mã hồ sơ", 100)
            .ThrowIfInvalid();
        var today = clock.Today();
        var query = (await access.VisibleAsync(ct)).AsNoTracking();
        if (unitId is { } u)
        {
            var subtree = units.Subtree(u);
            query = query.Where(d => subtree.Contains(d.ReceivingUnitId));
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim();
            query = query.Where(d => d.Code.Contains(c));
        }

        query = status switch
        {
            DossierStatus.InProgressOnTime => query.Where(d => d.ReturnedOn == null && d.DueDate >= today),
            DossierStatus.InProgressOverdue => query.Where(d => d.ReturnedOn == null && d.DueDate < today),
            DossierStatus.DoneOnTime => query.Where(d => d.ReturnedOn != null && d.ReturnedOn <= d.DueDate),
            DossierStatus.DoneLate => query.Where(d => d.ReturnedOn != null && d.ReturnedOn > d.DueDate),
            _ => query,
        };
        var p = page ?? 1;
        var size = pageSize ?? 50;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.ReceivedAtUtc).ThenBy(d => d.Code).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        var names = await units.FindManyAsync([.. rows.SelectMany(d => new[] { d.ReceivingUnitId, d.CurrentUnitId }).Distinct()], ct);
        string Name(Guid id) => names.TryGetValue(id, out var x) ? x.Name : "";
        return new DossierPage(
            [.. rows.Select(d => new DossierListItem(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.ReceivingUnitId, Name(d.ReceivingUnitId), d.CurrentUnitId,
                Name(d.CurrentUnitId), d.ApplicantName, d.ReceivedOn, d.DueDate, d.PromisedDate, d.ReturnedOn, d.StatusOn(today), d.ApologyCount))],
            total, p, size);
    }
}
