using KyCuong.Web.Modules.Inspections.CreateInspection;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.DecideFromPlan;

/// <summary>
/// docs/api.md: <c>{"plannedStart","teamUserIds":[],"teamLeaderUserId"?,"title"?}</c>; unit, topics and surprise come from the line; the
/// team leader is one of <c>teamUserIds</c> (422 <c>inspection.teamLeaderNotOnTeam</c> otherwise; default the first).
/// </summary>
internal sealed record DecideFromPlanRequest(DateOnly? PlannedStart, IReadOnlyList<Guid>? TeamUserIds, [property: SingleLine] string? Title = null,
    Guid? TeamLeaderUserId = null);

/// <summary>
/// A check decided from a line of an approved plan (docs/domain.md "Checks of official duties: plans and evidence"): the same decision as
/// <c>POST /api/v1/inspections</c>, ordered by the plan's body, linked both ways in one transaction.
/// </summary>
internal sealed class DecideFromPlanHandler(InspectionPlanAccess plans, CreateInspectionHandler create, IUnitDirectory units)
{
    public async Task<CreateInspectionResponse> HandleAsync(Guid planId, Guid lineId, DecideFromPlanRequest r, CancellationToken ct)
    {
        var plan = await plans.LoadAsync(planId, ct);
        // A surprise line the caller may not see does not exist for them.
        if (!(await plans.VisibleLinesAsync([plan.Id], ct)).Any(l => l.Id == lineId))
        {
            throw new NotFoundException("Không tìm thấy dòng kế hoạch. / Plan line not found.");
        }

        var line = plan.LineForCheck(lineId);
        var unitName = (await units.FindAsync(line.UnitId, ct))?.Name ?? "";
        var title = string.IsNullOrWhiteSpace(r.Title) ? $"Kiểm tra công vụ tại {unitName} theo kế hoạch năm {plan.Year}" : r.Title;
        if (string.IsNullOrWhiteSpace(r.Title) && title.Length > 500)
        {
            title = title[..500];
        }

        return await create.HandleAsync(
            new CreateInspectionRequest(title, [line.UnitId], line.Surprise, r.PlannedStart, r.TeamUserIds, line.TopicLabels, plan.BodyUnitId, r.TeamLeaderUserId), ct,
            i =>
            {
                plan.LinkCheck(line.Id, i.Id);
                i.CarriesOut(line);
            });
    }
}
