using System.Globalization;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.Catalogue;

/// <summary>docs/api.md "Evaluation: conversion catalogue": <c>{"unitId","jobPosition","name","group":"N1"…"N5","points"}</c>.</summary>
internal sealed record CatalogueProductRequest(Guid? UnitId, string? JobPosition, string? Name, string? Group, decimal? Points, bool? Active);

internal sealed record CatalogueProductDto(Guid Id, Guid UnitId, string JobPosition, string Name, string Group, decimal Points, decimal Coefficient, bool Active);

internal sealed record CatalogueDto(Guid UnitId, decimal StandardProductPoints, IReadOnlyDictionary<string, decimal> Frames, IReadOnlyList<CatalogueProductDto> Products);

/// <summary>
/// The conversion catalogue of Nghị định 335/2025 (docs/domain.md "Evaluation": conversion): a body's products per job position, in
/// complexity groups N1–N5 with their points inside the group's frame. The personnel office adds, corrects and retires products; every
/// change is audited. Retiring keeps the row: tasks that already count as the product keep their copied weight.
/// </summary>
internal sealed class CatalogueHandler(AppDbContext db, EvaluationAccess access, AuditLog audit, IOptions<EvaluationOptions> options, TimeProvider clock)
{
    private EvaluationOptions O => options.Value;

    public async Task<CatalogueDto> ListAsync(Guid unitId, string? jobPosition, bool includeRetired, CancellationToken ct)
    {
        await access.EnsureCanUseCatalogueAsync(unitId, write: false, ct);
        var rows = await db.EvaluationCatalogue.AsNoTracking().Where(p => p.UnitId == unitId && (includeRetired || p.Active)).ToListAsync(ct);
        var products = rows
            .Where(p => string.IsNullOrWhiteSpace(jobPosition) || ProductRules.SamePosition(p.JobPosition, jobPosition))
            .OrderBy(p => p.JobPosition, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), true))
            .ThenBy(p => p.Group).ThenBy(p => p.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), true))
            .Select(ToDto).ToList();
        return new CatalogueDto(unitId, O.StandardProductPoints,
            Enumerable.Range(1, 5).ToDictionary(ProductRules.GroupLabel, n => O.FramePoints[n - 1], StringComparer.Ordinal), products);
    }

    public async Task<CatalogueProductDto> CreateAsync(CatalogueProductRequest r, CancellationToken ct)
    {
        var (group, points) = Validate(r, requireUnit: true);
        await access.EnsureCanUseCatalogueAsync(r.UnitId!.Value, write: true, ct);
        var product = new CatalogueProduct(Guid.CreateVersion7(), r.UnitId.Value, ProductRules.NormalisePosition(r.JobPosition!), r.Name!.Trim().Normalize(), group,
            points, access.CallerId, clock.GetUtcNow().UtcDateTime);
        db.EvaluationCatalogue.Add(product);
        audit.Record(EvaluationAudit.Entity, product.Id, EvaluationAudit.CatalogueProductAdded,
            new { unitId = product.UnitId, jobPosition = product.JobPosition, name = product.Name, group = ProductRules.GroupLabel(group), points }, null);
        await db.SaveChangesAsync(ct);
        return ToDto(product);
    }

    public async Task<CatalogueProductDto> UpdateAsync(Guid id, CatalogueProductRequest r, CancellationToken ct)
    {
        var (group, points) = Validate(r, requireUnit: false);
        var product = await db.EvaluationCatalogue.FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy sản phẩm trong danh mục. / No such catalogue product.");
        try
        {
            await access.EnsureCanUseCatalogueAsync(product.UnitId, write: true, ct);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("Không tìm thấy sản phẩm trong danh mục. / No such catalogue product.");
        }

        var before = new { product.JobPosition, product.Name, group = ProductRules.GroupLabel(product.Group), product.Points, product.Active };
        product.Update(ProductRules.NormalisePosition(r.JobPosition!), r.Name!.Trim().Normalize(), group, points, r.Active ?? product.Active, access.CallerId,
            clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, product.Id, EvaluationAudit.CatalogueProductChanged,
            new { before, after = new { product.JobPosition, product.Name, group = ProductRules.GroupLabel(group), product.Points, product.Active } }, null);
        await db.SaveChangesAsync(ct);
        return ToDto(product);
    }

    public CatalogueProductDto ToDto(CatalogueProduct p) =>
        new(p.Id, p.UnitId, p.JobPosition, p.Name, ProductRules.GroupLabel(p.Group), p.Points, TaskScoring.Coefficient(p.Points, p.Group, O), p.Active);

    private (int Group, decimal Points) Validate(CatalogueProductRequest r, bool requireUnit)
    {
        var group = ParseGroup(r.Group);
        var v = new Validator()
            .Require(r.JobPosition, "jobPosition", "Vị trí việc làm", 200)
            .Require(r.Name, "name", "Tên sản phẩm", 500)
            .Check(group is not null, "group", "Nhóm mức độ phức tạp là N1, N2, N3, N4 hoặc N5. / group must be N1…N5.")
            .Check(r.Points is not null, "points", "Điểm của sản phẩm là bắt buộc. / points is required.");
        if (requireUnit)
        {
            v.Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cơ quan, đơn vị là bắt buộc. / unitId is required.");
        }

        if (group is { } g && r.Points is { } p && ProductRules.PointsProblem(g, p, O.FramePoints) is { } problem)
        {
            v.Add("points", $"{problem} / points must be positive and within the group's frame.");
        }

        v.ThrowIfInvalid();
        return (group!.Value, r.Points!.Value);
    }

    /// <summary>"N3" (or "n3", "3") → 3; anything else null.</summary>
    public static int? ParseGroup(string? group)
    {
        var s = group?.Trim().TrimStart('N', 'n');
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5 ? n : null;
    }
}
