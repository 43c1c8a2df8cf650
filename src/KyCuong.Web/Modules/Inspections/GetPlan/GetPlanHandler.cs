using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Inspections.GetInspection;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Inspections.GetPlan;

internal sealed record PlanTopicView(string Code, string Label);

internal sealed record PlanLineView(Guid Id, Guid UnitId, string UnitName, int Month, IReadOnlyList<PlanTopicView> Topics, string? Directive, bool Surprise,
    Guid? InspectionId);

/// <summary>What the caller may do now, for the page's buttons.</summary>
internal sealed record PlanActions(bool CanRevise, bool CanApprove, bool CanDecideChecks);

internal sealed record PlanDetails(Guid Id, UnitRef Body, int Year, string Title, string Status, string StatusLabel, DateTime CreatedAt, DateTime? ApprovedAt,
    string? ApprovedBy, IReadOnlyList<PlanLineView> Lines, PlanActions Actions);

/// <summary>A plan with the lines the caller may see (<see cref="InspectionPlanAccess.VisibleLinesAsync"/>), in schedule order.</summary>
internal sealed class GetPlanHandler(InspectionPlanAccess plans, InspectionAccess inspections, IUnitDirectory units, IPeopleDirectory people)
{
    public async Task<PlanDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var plan = await plans.LoadAsync(id, ct);
        var lines = await plans.VisibleLinesAsync([plan.Id], ct);
        var names = await units.FindManyAsync(lines.Select(l => l.UnitId).Append(plan.BodyUnitId).Distinct().ToList(), ct);
        string Name(Guid u) => names.TryGetValue(u, out var x) ? x.Name : "";
        var approver = plan.ApprovedByUserId is { } a ? (await people.NamesAsync([a], ct)).GetValueOrDefault(a) : null;
        var draft = !plan.IsApproved;
        var actions = new PlanActions(
            draft && await plans.CanDraftAsync(plan.BodyUnitId, ct),
            draft && await plans.CanApproveAsync(plan.BodyUnitId, ct),
            plan.IsApproved && await inspections.CanDecideAsync(plan.BodyUnitId, ct));
        return new PlanDetails(plan.Id, new UnitRef(plan.BodyUnitId, Name(plan.BodyUnitId)), plan.Year, plan.Title, plan.Status,
            InspectionPlanStatus.Label(plan.Status), plan.CreatedAtUtc, plan.ApprovedAtUtc, approver,
            lines.OrderBy(l => l.Month).ThenBy(l => l.Position).Select(l => new PlanLineView(l.Id, l.UnitId, Name(l.UnitId), l.Month,
                l.TopicCodes.Select(c => new PlanTopicView(c, InspectionPlanTopics.Label(c, l.Directive))).ToList(), l.Directive, l.Surprise, l.InspectionId)).ToList(),
            actions);
    }
}
