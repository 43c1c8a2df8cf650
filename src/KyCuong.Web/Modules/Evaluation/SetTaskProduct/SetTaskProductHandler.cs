using KyCuong.Web.Modules.Evaluation.Contracts;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.SetTaskProduct;

/// <summary>docs/api.md "Evaluation: conversion catalogue": <c>{"productId"}</c>, null for "one standard product".</summary>
internal sealed record SetTaskProductRequest(Guid? ProductId);

internal sealed record TaskProductResponse(Guid TaskId, TaskProductInfo? Product, decimal Coefficient);

/// <summary>
/// The assigning side says which catalogue product a task is (Nghị định 335/2025 conversion; docs/domain.md "Evaluation"). The choice
/// lives in an Evaluation-owned row keyed by the task's id with the product's weight copied, so Tasks does not change and a later
/// catalogue change does not rewrite the past. A product applies when it is in force, belongs to the catalogue of the lead unit or a
/// unit above it, and is listed for the job position of the person holding the task. Without a choice the task is one standard product.
/// </summary>
internal sealed class SetTaskProductHandler(AppDbContext db, ITaskHistoryForEvaluation history, EvaluationAccess access, IUnitDirectory units, IPeopleDirectory people,
    AuditLog audit, IOptions<EvaluationOptions> options, TimeProvider clock) : ITaskProductPanel
{
    private const string NoTask = "Không tìm thấy nhiệm vụ. / No such task.";

    public async Task<TaskProductResponse> HandleAsync(Guid taskId, SetTaskProductRequest r, CancellationToken ct)
    {
        var t = await history.HistoryAsync(taskId, ct) ?? throw new NotFoundException(NoTask);
        if (!await access.IsAssignerAsync(t.AssignedByUserId, t.AssignerUnitId, ct))
        {
            throw new NotFoundException(NoTask);
        }

        if (r.ProductId is not { } productId)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["productId"] = ["Chọn một sản phẩm của danh mục (bỏ chọn bằng DELETE). / productId is required; DELETE removes the choice."],
            });
        }

        var row = await db.EvaluationTaskProducts.FirstOrDefaultAsync(p => p.TaskId == taskId, ct);
        var before = row is null ? null : new { row.ProductId, row.Name, group = ProductRules.GroupLabel(row.Group), row.Points };
        var product = await db.EvaluationCatalogue.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["productId"] = ["Không có sản phẩm này trong danh mục. / No such catalogue product."],
            });
        }

        if (!await AppliesAsync(product, t, ct))
        {
            throw new DomainException("evaluation.productNotApplicable",
                "Sản phẩm này không thuộc danh mục đang áp dụng cho vị trí việc làm của người xử lý nhiệm vụ. / The product does not apply to this task's holder.");
        }

        if (row is null)
        {
            row = new TaskProduct(taskId);
            db.EvaluationTaskProducts.Add(row);
        }

        row.Set(product, access.CallerId, clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, taskId, EvaluationAudit.TaskProductSet,
            new { before, after = new { row.ProductId, row.Name, group = ProductRules.GroupLabel(row.Group), row.Points } }, null);
        await db.SaveChangesAsync(ct);
        var dto = ToDto(row);
        return new TaskProductResponse(taskId, dto, dto.Coefficient);
    }

    /// <summary>The assigning side removes the choice: the task is one standard product again (audited when something changed).</summary>
    public async Task<TaskProductResponse> ClearAsync(Guid taskId, CancellationToken ct)
    {
        var t = await history.HistoryAsync(taskId, ct) ?? throw new NotFoundException(NoTask);
        if (!await access.IsAssignerAsync(t.AssignedByUserId, t.AssignerUnitId, ct))
        {
            throw new NotFoundException(NoTask);
        }

        if (await db.EvaluationTaskProducts.FirstOrDefaultAsync(p => p.TaskId == taskId, ct) is { } row)
        {
            db.EvaluationTaskProducts.Remove(row);
            audit.Record(EvaluationAudit.Entity, taskId, EvaluationAudit.TaskProductSet,
                new { before = new { row.ProductId, row.Name, group = ProductRules.GroupLabel(row.Group), row.Points }, after = (object?)null }, null);
            await db.SaveChangesAsync(ct);
        }

        return new TaskProductResponse(taskId, null, 1m);
    }

    /// <summary>For the task page, which has already checked that the caller may see the task.</summary>
    public async Task<TaskProductPanel?> PanelAsync(Guid taskId, CancellationToken ct)
    {
        var t = await history.HistoryAsync(taskId, ct);
        if (t is null)
        {
            return null;
        }

        var row = await db.EvaluationTaskProducts.AsNoTracking().FirstOrDefaultAsync(p => p.TaskId == taskId, ct);
        var current = row is null ? null : ToDto(row);
        var canChoose = await access.IsAssignerAsync(t.AssignedByUserId, t.AssignerUnitId, ct);
        var choices = new List<TaskProductInfo>();
        if (canChoose)
        {
            var bodies = await SelfAndAncestorsAsync(t.LeadUnitId, ct);
            var candidates = await db.EvaluationCatalogue.AsNoTracking().Where(p => p.Active && bodies.Contains(p.UnitId)).ToListAsync(ct);
            var titles = await HolderTitlesAsync(t, ct);
            choices = [.. candidates.Where(p => titles.Count == 0 || titles.Any(x => ProductRules.SamePosition(x, p.JobPosition)))
                .OrderBy(p => p.Group).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new TaskProductInfo(p.Id, $"{p.Name} ({p.JobPosition})", ProductRules.GroupLabel(p.Group), p.Points,
                    TaskScoring.Coefficient(p.Points, p.Group, options.Value)))];
        }

        return new TaskProductPanel(taskId, current, current?.Coefficient ?? 1m, canChoose, choices);
    }

    private TaskProductInfo ToDto(TaskProduct p) =>
        new(p.ProductId, p.Name, ProductRules.GroupLabel(p.Group), p.Points, TaskScoring.Coefficient(p.Points, p.Group, options.Value));

    private async Task<bool> AppliesAsync(CatalogueProduct product, TaskHistory t, CancellationToken ct)
    {
        if (!product.Active || !(await SelfAndAncestorsAsync(t.LeadUnitId, ct)).Contains(product.UnitId))
        {
            return false;
        }

        var titles = await HolderTitlesAsync(t, ct);
        return titles.Count == 0 || titles.Any(x => ProductRules.SamePosition(x, product.JobPosition));
    }

    /// <summary>The job positions of whoever holds the task now (or held it last); none while nobody does.</summary>
    private async Task<IReadOnlyList<string>> HolderTitlesAsync(TaskHistory t, CancellationToken ct)
    {
        var holder = t.CurrentHolderUserId ?? (t.Handoffs.Count > 0 ? t.Handoffs[^1].ToUserId : null);
        if (holder is not { } userId)
        {
            return [];
        }

        var today = clock.Today();
        var unitIds = await people.UnitsOfAsync(userId, today, ct);
        return unitIds.Count == 0 ? [] : [.. (await people.PeopleInAsync(unitIds, today, ct)).Where(p => p.UserId == userId).Select(p => p.Title)];
    }

    private async Task<List<Guid>> SelfAndAncestorsAsync(Guid unitId, CancellationToken ct)
    {
        var chain = new List<Guid>();
        Guid? next = unitId;
        while (next is { } id && !chain.Contains(id) && await units.FindAsync(id, ct) is { } u)
        {
            chain.Add(id);
            next = u.ParentId;
        }

        return chain;
    }
}
