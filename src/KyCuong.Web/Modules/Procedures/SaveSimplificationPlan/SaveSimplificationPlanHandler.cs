using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using KyCuong.Web.Modules.Procedures.GetSimplificationPlan;
using KyCuong.Web.Modules.Procedures.SimplificationProgress;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures.SaveSimplificationPlan;

/// <summary><c>{"procedureCode","action":"cut"|"simplify","baselineCost"?,"targetCost"?}</c>.</summary>
internal sealed record SimplificationItemRequest(string? ProcedureCode, string? Action, long? BaselineCost, long? TargetCost);

/// <summary><c>{"bodyUnitId","year","title","items":[…]}</c>.</summary>
internal sealed record SimplificationPlanRequest(Guid? BodyUnitId, int? Year, string? Title, IReadOnlyList<SimplificationItemRequest>? Items);

/// <summary><c>{"status":"planned"|"done","targetCost"?}</c>.</summary>
internal sealed record SimplificationItemUpdate(string? Status, long? TargetCost);

/// <summary>
/// Creates a body's plan for a year and keeps its items (docs/domain.md "Procedures: simplification plans and the 766 index"). An item
/// names one of the body's own procedures by code; its baseline is the cost given, else the catalogue's annual compliance cost
/// (Thông tư 02/2017/TT-VPCP); a cut procedure's target is 0, a simplified one's target lies between 0 and the baseline. Only those
/// who keep the body's procedures may (<see cref="SimplificationAccess"/>); bad input is 400 and changes nothing.
/// </summary>
internal sealed class SaveSimplificationPlanHandler(
    AppDbContext db, SimplificationAccess access, IUnitDirectory units, GetSimplificationPlanHandler details, AuditLog audit, TimeProvider clock)
{
    public const string AuditEntity = "simplificationPlan";
    public const int MaxItems = 1000;
    public const long MaxCost = 1_000_000_000_000_000;

    public async Task<SimplificationPlanDetails> CreateAsync(SimplificationPlanRequest r, CancellationToken ct)
    {
        var items = r.Items ?? [];
        new Validator()
            .Check(r.BodyUnitId is { } b && b != Guid.Empty, "bodyUnitId", "Cần cơ quan. / bodyUnitId is required.")
            .Check(r.Year is >= SimplificationProgressHandler.MinYear and <= SimplificationProgressHandler.MaxYear, "year",
                $"Năm từ {SimplificationProgressHandler.MinYear} đến {SimplificationProgressHandler.MaxYear}. / year must be {SimplificationProgressHandler.MinYear} to {SimplificationProgressHandler.MaxYear}.")
            .Require(r.Title, "title", "Tên kế hoạch", 500)
            .Check(items.Count <= MaxItems, "items", $"Tối đa {MaxItems} thủ tục một kế hoạch. / At most {MaxItems} items.")
            .ThrowIfInvalid();
        var body = await units.FindAsync(r.BodyUnitId!.Value, ct);
        if (body is null || !await access.CanEditAsync(body.Id, ct))
        {
            throw RequestValidationException.For("bodyUnitId", "Bạn không quản lý thủ tục hành chính của cơ quan này. / You do not keep this body's procedures.");
        }

        var planId = Guid.CreateVersion7();
        var planned = new List<SimplificationItem>();
        var errors = new Dictionary<string, string[]>();
        for (var n = 0; n < items.Count; n++)
        {
            if (items[n] is null)
            {
                errors[$"items[{n}]"] = ["Thiếu thủ tục. / The item is empty."];
                continue;
            }

            var (item, problems) = await PlanItemAsync(planId, body.Id, items[n], $"items[{n}].", ct);
            foreach (var (field, message) in problems)
            {
                errors[field] = [message];
            }

            if (item is not null)
            {
                if (planned.Any(x => x.ProcedureId == item.ProcedureId))
                {
                    errors[$"items[{n}].procedureCode"] = ["Thủ tục đã có trong kế hoạch. / The procedure is already in the plan."];
                }

                planned.Add(item);
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (await db.SimplificationPlans.AnyAsync(p => p.BodyUnitId == body.Id && p.Year == r.Year!.Value, ct))
        {
            throw new DomainException(SimplificationErrors.PlanExists, $"Cơ quan đã có kế hoạch năm {r.Year}. / The body already has a plan for this year.");
        }

        var plan = new SimplificationPlan(planId, body.Id, r.Year!.Value, SaveProcedure.SaveProcedureHandler.Clean(r.Title)!, clock.GetUtcNow().UtcDateTime);
        db.SimplificationPlans.Add(plan);
        db.SimplificationItems.AddRange(planned);
        audit.Record(AuditEntity, plan.Id, "created", new { plan.BodyUnitId, plan.Year, items = planned.Count });
        await db.SaveChangesAsync(ct);
        return await details.HandleAsync(plan.Id, ct);
    }

    public async Task<SimplificationPlanDetails> AddItemAsync(Guid planId, SimplificationItemRequest r, CancellationToken ct)
    {
        var plan = await LoadForEditAsync(planId, ct);
        var (item, problems) = await PlanItemAsync(plan.Id, plan.BodyUnitId, r, "", ct);
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems.ToDictionary(p => p.Field, p => new[] { p.Message }));
        }

        if (await db.SimplificationItems.AnyAsync(i => i.PlanId == plan.Id && i.ProcedureId == item!.ProcedureId, ct))
        {
            throw new DomainException(SimplificationErrors.ItemExists, "Thủ tục đã có trong kế hoạch. / The procedure is already in the plan.");
        }

        db.SimplificationItems.Add(item!);
        plan.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditEntity, plan.Id, "itemAdded", new { item!.ProcedureId, item.Action, item.BaselineCost, item.TargetCost });
        await db.SaveChangesAsync(ct);
        return await details.HandleAsync(plan.Id, ct);
    }

    public async Task<SimplificationPlanDetails> UpdateItemAsync(Guid planId, Guid itemId, SimplificationItemUpdate r, CancellationToken ct)
    {
        var plan = await LoadForEditAsync(planId, ct);
        var item = await db.SimplificationItems.FirstOrDefaultAsync(i => i.Id == itemId && i.PlanId == plan.Id, ct)
            ?? throw new NotFoundException("Không tìm thấy thủ tục trong kế hoạch. / Plan item not found.");
        var target = r.TargetCost ?? item.TargetCost;
        new Validator()
            .Check(r.Status is not null && SimplificationStatus.All.Contains(r.Status), "status", "Trạng thái là planned hoặc done. / status must be planned or done.")
            .Check(target >= 0 && target <= item.BaselineCost, "targetCost",
                "Chi phí mục tiêu từ 0 đến chi phí ban đầu. / targetCost must be 0 to the baseline cost.")
            .Check(item.Action != SimplificationAction.Cut || target == 0, "targetCost",
                "Thủ tục bãi bỏ có chi phí mục tiêu bằng 0. / A cut procedure's targetCost is 0.")
            .ThrowIfInvalid();
        item.TargetCost = target;
        item.Mark(r.Status!, clock.Today());
        plan.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditEntity, plan.Id, "itemUpdated", new { item.ProcedureId, item.Status, item.TargetCost, item.DoneOn });
        await db.SaveChangesAsync(ct);
        return await details.HandleAsync(plan.Id, ct);
    }

    private async Task<SimplificationPlan> LoadForEditAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.SimplificationPlans.FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw SimplificationAccess.NotFound();
        await access.EnsureEditAsync(plan.BodyUnitId, ct);
        return plan;
    }

    private async Task<(SimplificationItem? Item, List<(string Field, string Message)> Problems)> PlanItemAsync(
        Guid planId, Guid bodyUnitId, SimplificationItemRequest r, string prefix, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        var code = SaveProcedure.SaveProcedureHandler.Clean(r.ProcedureCode);
        if (code is null || code.Length > 50)
        {
            problems.Add((prefix + "procedureCode", "Cần mã thủ tục (tối đa 50 ký tự). / procedureCode is required (at most 50 characters)."));
        }

        if (r.Action is null || !SimplificationAction.All.Contains(r.Action))
        {
            problems.Add((prefix + "action", "Hình thức là cut (bãi bỏ) hoặc simplify (đơn giản hóa). / action must be cut or simplify."));
        }

        if (r.BaselineCost is < 0 or > MaxCost)
        {
            problems.Add((prefix + "baselineCost", "Chi phí ban đầu không hợp lệ. / baselineCost is out of range."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var p = await db.Procedures.AsNoTracking().Where(x => x.Code == code && x.BodyUnitId == bodyUnitId)
            .Select(x => new { x.Id, x.CostPerCompliance, x.FrequencyPerYear, x.SubjectsPerYear }).FirstOrDefaultAsync(ct);
        if (p is null)
        {
            problems.Add((prefix + "procedureCode", $"Cơ quan không có thủ tục mã \"{code}\" trong danh mục. / The body has no procedure with this code."));
            return (null, problems);
        }

        var baseline = r.BaselineCost ?? ComplianceCost.Annual(p.CostPerCompliance, p.FrequencyPerYear, p.SubjectsPerYear);
        if (baseline is null)
        {
            problems.Add((prefix + "baselineCost",
                "Thủ tục chưa có chi phí tuân thủ trong danh mục: nhập chi phí ban đầu. / The catalogue has no compliance cost for it: give baselineCost."));
            return (null, problems);
        }

        var target = r.Action == SimplificationAction.Cut ? r.TargetCost ?? 0 : r.TargetCost;
        if (target is null || target < 0 || target > baseline)
        {
            problems.Add((prefix + "targetCost", "Chi phí mục tiêu từ 0 đến chi phí ban đầu. / targetCost must be 0 to the baseline cost."));
        }
        else if (r.Action == SimplificationAction.Cut && target != 0)
        {
            problems.Add((prefix + "targetCost", "Thủ tục bãi bỏ có chi phí mục tiêu bằng 0. / A cut procedure's targetCost is 0."));
        }

        return problems.Count > 0 ? (null, problems) : (new SimplificationItem(Guid.CreateVersion7(), planId, p.Id, r.Action!, baseline.Value, target!.Value), problems);
    }
}
