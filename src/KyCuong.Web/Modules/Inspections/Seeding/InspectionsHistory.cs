using KyCuong.Web.Modules.Inspections.ApprovePlan;
using KyCuong.Web.Modules.Inspections.ConcludeInspection;
using KyCuong.Web.Modules.Inspections.CreatePlan;
using KyCuong.Web.Modules.Inspections.DecideFromPlan;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Inspections.GetPlan;
using KyCuong.Web.Modules.Inspections.RecordFinding;
using KyCuong.Web.Modules.Inspections.StartInspection;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Inspections.Seeding;

/// <summary>
/// The demo's past in checks of official duties (docs/domain.md "Checks of official duties"), through the real handlers: the provincial
/// office drafts UBND tỉnh's yearly checking plan and the Chairman approves it; the planned check of Sở Xây dựng is decided from its
/// line, the team (Sở Nội vụ's inspector leading, the office's monitor) arrives, records its findings and the Chairman concludes with two
/// remedies that become tasks of the department, due after today; near today the surprise line on Sở Y tế is decided and its team
/// arrives without notice, so a surprise check is in progress; a third line (the following month, or December at the year's end) is
/// still to be decided. The checked departments hold no demo account, so no other demo account's work list changes.
/// </summary>
internal sealed class InspectionsHistory(
    CreatePlanHandler create, ApprovePlanHandler approve, GetPlanHandler get, DecideFromPlanHandler decide, StartInspectionHandler start,
    RecordFindingHandler findings, ConcludeInspectionHandler conclude) : IDemoHistoryStep
{
    public const string Construction = "Sở Xây dựng tỉnh An Giang";

    public const string Health = "Sở Y tế tỉnh An Giang";

    public const string Education = "Sở Giáo dục và Đào tạo tỉnh An Giang";

    private const string Plan = "inspection:plan";

    private const string Planned = "inspection:planned";

    private const string Surprise = "inspection:surprise";

    private const string Office = "theodoi";

    private const string Chairman = "chutich";

    private const string Inspector = "thanhtra";

    public int Order => 60;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(12))
        {
            var province = await day.UnitAsync(DemoNames.Province, ct);
            var sxd = await day.UnitAsync(Construction, ct);
            var syt = await day.UnitAsync(Health, ct);
            var sgd = await day.UnitAsync(Education, ct);
            var month = day.Date.Month;
            await day.ActAsync(Office, "xây dựng kế hoạch kiểm tra công vụ năm", async () =>
            {
                var created = await create.HandleAsync(new CreatePlanRequest(province, day.Date.Year,
                    $"Kế hoạch kiểm tra công vụ năm {day.Date.Year} của Ủy ban nhân dân tỉnh An Giang",
                    [
                        new PlanLineInput(sxd, month, [InspectionPlanTopics.WorkingHours, InspectionPlanTopics.TasksAndDeadlines], null, false),
                        // 968/CĐ-TTg §1(b): more checks without notice.
                        new PlanLineInput(syt, month, [InspectionPlanTopics.WorkingHours, InspectionPlanTopics.OneStop], null, true),
                        new PlanLineInput(sgd, Math.Min(12, month + 1), [InspectionPlanTopics.Directive], "Công điện số 280/CĐ-TTg ngày 26/4/2023", false),
                    ]), ct);
                day.Remember(Plan, created.Id);
            }, ct);
            if (day.Recall(Plan) is { } plan)
            {
                await day.ActAsync(Chairman, "phê duyệt kế hoạch kiểm tra công vụ", () => approve.HandleAsync(plan, ct), ct);
            }
        }

        if (day.Is(13) && day.Recall(Plan) is { } planId)
        {
            await DecideAsync(day, planId, surprise: false, Planned, ct);
        }

        if (day.Is(15) && day.Recall(Planned) is { } planned)
        {
            var sxd = await day.UnitAsync(Construction, ct);
            await day.ActAsync(Inspector, "đoàn kiểm tra làm việc tại Sở Xây dựng", async () =>
            {
                await start.HandleAsync(planned, ct);
                await findings.HandleAsync(planned, new RecordFindingRequest(sxd, "Chấp hành giờ giấc, kỷ luật, kỷ cương hành chính",
                    "Lúc 7 giờ 45, 3/21 công chức Phòng Quản lý xây dựng chưa có mặt tại cơ quan; sổ theo dõi ra vào không được ghi."), ct);
                await findings.HandleAsync(planned, new RecordFindingRequest(sxd, "Xử lý nhiệm vụ được giao, thời hạn",
                    "2/14 nhiệm vụ UBND tỉnh giao trong quý được hoàn thành quá hạn, không có văn bản đề nghị gia hạn."), ct);
            }, ct);
        }

        if (day.Is(18) && day.Recall(Planned) is { } toConclude)
        {
            var sxd = await day.UnitAsync(Construction, ct);
            await day.ActAsync(Chairman, "kết luận kiểm tra công vụ tại Sở Xây dựng", () => conclude.HandleAsync(toConclude, new ConcludeRequest(
                "Sở Xây dựng chưa chấp hành nghiêm giờ làm việc và thời hạn xử lý nhiệm vụ được giao; yêu cầu Giám đốc Sở chấn chỉnh và báo cáo kết quả khắc phục.",
                [
                    new RemedyInput(sxd, "Tổ chức kiểm điểm các công chức đi muộn; thực hiện sổ theo dõi ra vào cơ quan", 20),
                    new RemedyInput(sxd, "Rà soát các nhiệm vụ quá hạn, báo cáo nguyên nhân và trách nhiệm của tập thể, cá nhân", 20),
                ]), ct), ct);
        }

        if (day.Is(26) && day.Recall(Plan) is { } surprisePlan)
        {
            await DecideAsync(day, surprisePlan, surprise: true, Surprise, ct);
        }

        if (day.Is(28) && day.Recall(Surprise) is { } surprise)
        {
            var syt = await day.UnitAsync(Health, ct);
            await day.ActAsync(Inspector, "đoàn kiểm tra đột xuất đến Sở Y tế", async () =>
            {
                await start.HandleAsync(surprise, ct);
                await findings.HandleAsync(surprise, new RecordFindingRequest(syt, "Giải quyết thủ tục hành chính tại bộ phận một cửa",
                    "Tại Bộ phận Một cửa, 4 hồ sơ cấp chứng chỉ hành nghề đã quá hạn trả kết quả nhưng chưa có phiếu xin lỗi và hẹn lại ngày trả."), ct);
            }, ct);
        }
    }

    /// <summary>The office decides the check of the plan's notified or surprise line, the inspector of Sở Nội vụ heading the team.</summary>
    private async Task DecideAsync(DemoDay day, Guid planId, bool surprise, string key, CancellationToken ct)
    {
        var inspector = await day.UserAsync(Inspector, ct);
        var office = await day.UserAsync(Office, ct);
        await day.ActAsync(Office, surprise ? "quyết định kiểm tra đột xuất theo kế hoạch" : "quyết định kiểm tra theo kế hoạch", async () =>
        {
            var plan = await get.HandleAsync(planId, ct);
            var line = plan.Lines.First(l => l.Surprise == surprise && l.InspectionId is null);
            var created = await decide.HandleAsync(planId, line.Id, new DecideFromPlanRequest(day.Date, [inspector, office], TeamLeaderUserId: inspector), ct);
            day.Remember(key, created.Id);
        }, ct);
    }
}
