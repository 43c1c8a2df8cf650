using KyCuong.Web.Modules.Consultations.CreateConsultation;
using KyCuong.Web.Modules.Consultations.RespondToConsultation;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Consultations.Seeding;

/// <summary>
/// The demo's past in consultations (docs/domain.md §8): Sở Nội vụ asks two departments about its draft reform report; Sở Tư
/// pháp answers, Sở Công Thương stays silent and the deadline job deems its agreement the morning after the due day. Near
/// today a second consultation waits for Sở Tư pháp's answer.
/// </summary>
internal sealed class ConsultationHistory(CreateConsultationHandler create, RespondHandler respond) : IDemoHistoryStep
{
    private const string ReformDraft = "consultation:reform-report";

    public int Order => 30;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(11))
        {
            var snv = await day.UnitAsync(DemoNames.HomeAffairs, ct);
            var sct = await day.UnitAsync(DemoNames.IndustryTrade, ct);
            var stp = await day.UnitAsync(DemoNames.Justice, ct);
            await day.ActAsync("giamdoc.snv", "lấy ý kiến dự thảo báo cáo CCHC", async () =>
            {
                var created = await create.HandleAsync(new CreateConsultationRequest(
                    "Lấy ý kiến dự thảo Báo cáo kết quả cải cách hành chính năm 2025 của tỉnh",
                    "Sở Nội vụ gửi dự thảo Báo cáo kết quả cải cách hành chính năm 2025; đề nghị các sở cho ý kiến về số liệu và đánh giá thuộc lĩnh vực quản lý.",
                    snv, [sct, stp], null, 3, TaskId: day.Recall(DemoNames.ReformReport)), ct);
                day.Remember(ReformDraft, created.Id);
            }, ct);
        }

        if (day.Is(12) && day.Recall(ReformDraft) is { } draft)
        {
            var stp = await day.UnitAsync(DemoNames.Justice, ct);
            await day.ActAsync("giamdoc.stp", "trả lời lấy ý kiến báo cáo CCHC", () => respond.HandleAsync(draft, new RespondRequest(stp, "agree",
                "Sở Tư pháp thống nhất số liệu về kiểm soát thủ tục hành chính và rà soát văn bản nêu tại mục II.3 của dự thảo; không có ý kiến khác."), ct), ct);
        }

        if (day.Is(27))
        {
            var snv = await day.UnitAsync(DemoNames.HomeAffairs, ct);
            var stp = await day.UnitAsync(DemoNames.Justice, ct);
            await day.ActAsync("giamdoc.snv", "lấy ý kiến dự thảo kế hoạch chuyển đổi số", () => create.HandleAsync(new CreateConsultationRequest(
                "Lấy ý kiến dự thảo Kế hoạch chuyển đổi số trong cơ quan hành chính nhà nước năm 2026",
                "Đề nghị Sở Tư pháp cho ý kiến về cơ sở pháp lý của việc sử dụng văn bản điện tử và chữ ký số trong dự thảo kế hoạch.",
                snv, [stp], null, 5, TaskId: day.Recall(DemoNames.DigitalPlan)), ct), ct);
        }
    }
}
