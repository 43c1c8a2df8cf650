using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.CreatePlan;

/// <summary>One line of a plan as sent: the unit, the month of the plan's year, topic codes, the named directive, surprise or not.</summary>
internal sealed record PlanLineInput(Guid? UnitId, int? Month, IReadOnlyList<string>? Topics, [property: SingleLine] string? Directive, bool? Surprise);

/// <summary>docs/api.md: <c>{"bodyUnitId","year","title","lines":[{"unitId","month","topics":[],"directive"?,"surprise"}]}</c>.</summary>
internal sealed record CreatePlanRequest(Guid? BodyUnitId, int? Year, [property: SingleLine] string? Title, IReadOnlyList<PlanLineInput>? Lines);

internal sealed record CreatePlanResponse(Guid Id);

/// <summary>The office drafts the body's yearly plan (docs/domain.md "Checks of official duties: plans and evidence").</summary>
internal sealed class CreatePlanHandler(AppDbContext db, InspectionPlanAccess plans, PlanLines lines, AuditLog audit, ICurrentUser me, TimeProvider clock)
{
    public async Task<CreatePlanResponse> HandleAsync(CreatePlanRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        var v = new Validator()
            .Require(r.Title, "title", "Tên kế hoạch", 500)
            .Check(r.BodyUnitId is { } b && b != Guid.Empty, "bodyUnitId", "Cần cơ quan ban hành kế hoạch. / bodyUnitId is required.")
            .Check(r.Year is { } y && y >= today.Year && y <= today.Year + 1, "year",
                $"Năm kế hoạch là {today.Year} hoặc {today.Year + 1}. / year must be {today.Year} or {today.Year + 1}.");
        PlanLines.Validate(v, r.Lines);
        v.ThrowIfInvalid();

        var body = r.BodyUnitId!.Value;
        if (!await plans.CanDraftAsync(body, ct))
        {
            throw new ForbiddenException("Chỉ văn phòng hoặc lãnh đạo của cơ quan được xây dựng kế hoạch kiểm tra. / Only the body's office or leaders may draft its plan.");
        }

        var built = await lines.BuildAsync(body, r.Lines!, ct);
        var plan = new InspectionPlan(Guid.CreateVersion7(), body, r.Year!.Value, r.Title!.Trim().Normalize(), me.UserId, clock.GetUtcNow().UtcDateTime, built);
        db.InspectionPlans.Add(plan);
        audit.Record(InspectionAudit.PlanEntity, plan.Id, InspectionAudit.PlanDrafted, new { plan.Title, bodyUnitId = body, plan.Year, lines = built.Count });
        await db.SaveChangesAsync(ct);
        return new CreatePlanResponse(plan.Id);
    }
}

/// <summary>Checks and builds plan lines: shape first (400 with every error), then each unit exists, is in force and lies below the body.</summary>
internal sealed class PlanLines(InspectionAccess inspections, IUnitDirectory units, TimeProvider clock)
{
    public const int MaxLines = 300;

    public static void Validate(Validator v, IReadOnlyList<PlanLineInput>? lines)
    {
        v.Check(lines is { Count: > 0 }, "lines", "Cần ít nhất một đơn vị được kiểm tra trong kế hoạch. / At least one line is required.")
            .Check(lines is null || lines.Count <= MaxLines, "lines", $"Tối đa {MaxLines} dòng. / At most {MaxLines} lines.");
        for (var n = 0; lines is not null && n < lines.Count && n < MaxLines; n++)
        {
            var l = lines[n];
            if (l is null)
            {
                v.Add($"lines[{n}]", "Dòng kế hoạch trống. / Empty line.");
                continue;
            }

            var topics = l.Topics ?? [];
            v.Check(l.UnitId is { } u && u != Guid.Empty, $"lines[{n}].unitId", "Cần đơn vị được kiểm tra. / unitId is required.")
                .Check(l.Month is >= 1 and <= 12, $"lines[{n}].month", "Tháng từ 1 đến 12. / month must be 1 to 12.")
                .Check(topics.Count > 0, $"lines[{n}].topics", "Cần ít nhất một nội dung kiểm tra. / At least one topic is required.")
                .Check(topics.All(t => InspectionPlanTopics.All.Contains(t)) && topics.Distinct().Count() == topics.Count, $"lines[{n}].topics",
                    $"Nội dung kiểm tra là một trong {string.Join(", ", InspectionPlanTopics.All)}, không lặp. / Unknown or repeated topic.")
                .Check(!topics.Contains(InspectionPlanTopics.Directive) || !string.IsNullOrWhiteSpace(l.Directive), $"lines[{n}].directive",
                    "Cần tên chỉ thị được kiểm tra việc thực hiện. / directive is required with the directive topic.")
                .Check(topics.Contains(InspectionPlanTopics.Directive) || string.IsNullOrWhiteSpace(l.Directive), $"lines[{n}].directive",
                    "Chỉ ghi tên chỉ thị khi kiểm tra việc thực hiện chỉ thị. / directive goes only with the directive topic.")
                .MaxLength(l.Directive, $"lines[{n}].directive", "Tên chỉ thị", 300);
        }
    }

    public async Task<List<InspectionPlanLine>> BuildAsync(Guid body, IReadOnlyList<PlanLineInput> input, CancellationToken ct)
    {
        var today = clock.Today();
        var ids = input.Select(l => l.UnitId!.Value).Distinct().ToList();
        var found = await units.FindManyAsync(ids, ct);
        var errors = new Validator();
        for (var n = 0; n < input.Count; n++)
        {
            var id = input[n].UnitId!.Value;
            if (!found.TryGetValue(id, out var u))
            {
                errors.Add($"lines[{n}].unitId", "Đơn vị không tồn tại. / The unit does not exist.");
            }
            else if ((u.ValidFrom is { } f && f > today) || (u.ValidTo is { } t && t < today))
            {
                errors.Add($"lines[{n}].unitId", "Đơn vị không còn hoạt động. / The unit is no longer in force.");
            }
            else if (!(await inspections.AncestorsOrSelfAsync(id, ct)).Skip(1).Contains(body))
            {
                errors.Add($"lines[{n}].unitId", "Đơn vị được kiểm tra phải trực thuộc cơ quan ban hành kế hoạch. / The unit must lie below the plan's body.");
            }
        }

        errors.ThrowIfInvalid();
        return input.Select(l => new InspectionPlanLine
        {
            Id = Guid.CreateVersion7(),
            UnitId = l.UnitId!.Value,
            Month = l.Month!.Value,
            Topics = string.Join(',', l.Topics!),
            Directive = string.IsNullOrWhiteSpace(l.Directive) ? null : l.Directive.Trim().Normalize(),
            Surprise = l.Surprise ?? false,
        }).ToList();
    }
}
