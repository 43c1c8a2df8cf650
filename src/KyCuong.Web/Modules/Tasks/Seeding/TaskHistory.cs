using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Tasks.CompleteTask;
using KyCuong.Web.Modules.Tasks.ReviewTask;
using KyCuong.Web.Modules.Tasks.DecideExtension;
using KyCuong.Web.Modules.Tasks.HandOffTask;
using KyCuong.Web.Modules.Tasks.ReportProgress;
using KyCuong.Web.Modules.Tasks.RequestExtension;
using KyCuong.Web.Modules.Tasks.ReturnTask;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Tasks.Seeding;

/// <summary>
/// The demo's past in the tasks (docs/domain.md §6, §9): the directed tasks are handed down a division to a specialist, reported
/// on, extended or refused an extension, completed, and one is returned citing the competence catalogue. Day numbers count
/// working days from the start of the history (<see cref="DemoHistory.WorkingDays"/> is today); each scene acts as the
/// demo account that would have done it. One more scene is one more <c>if (day.Is(n))</c> here.
/// </summary>
internal sealed class TaskHistory(
    HandOffHandler handOff, ReportProgressHandler progress, RequestExtensionHandler requestExtension, DecideExtensionHandler decideExtension,
    CompleteTaskHandler complete, ReturnTaskHandler returnTask, ReviewTaskHandler review, ICompetenceCatalogue catalogue) : IDemoHistoryStep
{
    public int Order => 20;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        // The annual reform report: director → head of the reform division → specialist; extended once; completed on time.
        if (day.Recall(DemoNames.ReformReport) is { } report)
        {
            if (day.Is(2))
            {
                await HandOffAsync(day, report, "giamdoc.snv", "truongphong.cchc", null, "Phòng Cải cách hành chính tham mưu báo cáo.", ct);
            }

            if (day.Is(3))
            {
                await HandOffAsync(day, report, "truongphong.cchc", "chuyenvien", null, "Đồng chí Hải tổng hợp số liệu các sở, ngành, dự thảo báo cáo.", ct);
            }

            if (day.Is(7))
            {
                await day.ActAsync("chuyenvien", "báo cáo tiến độ báo cáo CCHC", () => progress.HandleAsync(report,
                    new ReportProgressRequest("Đã nhận số liệu của 14/17 sở, ngành; đang đôn đốc 3 đơn vị còn lại.", 50), ct), ct);
            }

            if (day.Is(9))
            {
                await RequestExtensionAsync(day, report, "chuyenvien", "Chờ số liệu chỉ số hài lòng (SIPAS) do Bộ Nội vụ công bố.", 3, ct);
            }

            if (day.Is(10))
            {
                await DecideAsync(day, report, "chutich", true, "Đồng ý gia hạn; bảo đảm chất lượng số liệu.", ct);
            }

            if (day.Is(15))
            {
                await day.ActAsync("chuyenvien", "hoàn thành báo cáo CCHC", () => complete.HandleAsync(report,
                    new CompleteTaskRequest("Đã trình UBND tỉnh dự thảo Báo cáo kết quả cải cách hành chính năm 2025, kèm phụ lục số liệu."), ct), ct);
            }

            // The assigning side reviews the result (docs/domain.md §6: results reviewed; the mark feeds the evaluation).
            if (day.Is(17))
            {
                await day.ActAsync("chutich", "đánh giá kết quả báo cáo CCHC", () => review.HandleAsync(report,
                    new ReviewTaskRequest("met", false, "Báo cáo đầy đủ, số liệu khớp với các sở, ngành; đạt yêu cầu.", false), ct), ct);
            }
        }

        // A petition on market surveillance sent to the wrong department: returned at once, citing who decides it.
        if (day.Is(6) && day.Recall(DemoNames.MarketPetition) is { } petition)
        {
            var entry = (await catalogue.EntriesAsync("cong-thuong.quan-ly-thi-truong", ct)).FirstOrDefault(e => e.Role == CompetenceRole.Decides);
            var suggested = await day.UnitAsync(DemoNames.IndustryTrade, ct);
            await day.ActAsync("giamdoc.snv", "trả lại phản ánh về quản lý thị trường", () => returnTask.HandleAsync(petition, new ReturnTaskRequest(
                "Kiểm tra, xử lý vi phạm trong hoạt động thương mại không thuộc chức năng của Sở Nội vụ; đề nghị giao Sở Công Thương (lực lượng quản lý thị trường).",
                suggested, entry?.EntryId), ct), ct);
        }

        // The staffing review: handed to the personnel division's specialist, extended, now a day or two late.
        if (day.Recall(DemoNames.StaffingReview) is { } staffing)
        {
            if (day.Is(10))
            {
                await HandOffAsync(day, staffing, "giamdoc.snv", "chuyenvien.tcbc", null, "Phòng Tổ chức, biên chế rà soát theo từng cơ quan.", ct);
            }

            if (day.Is(16))
            {
                await day.ActAsync("chuyenvien.tcbc", "báo cáo tiến độ rà soát biên chế", () => progress.HandleAsync(staffing,
                    new ReportProgressRequest("Đã rà soát 9 cơ quan chuyên môn; còn các đơn vị sự nghiệp.", 40), ct), ct);
            }

            if (day.Is(21))
            {
                await RequestExtensionAsync(day, staffing, "chuyenvien.tcbc", "Các đơn vị sự nghiệp sau hợp nhất chưa gửi đủ số liệu biên chế.", 4, ct);
            }

            if (day.Is(22))
            {
                await DecideAsync(day, staffing, "chutich", true, "Đồng ý gia hạn lần này; không gia hạn thêm.", ct);
            }
        }

        // Reviewing legal documents after the merger: the department asks for more time; the Vice-Chairman has not decided yet.
        if (day.Is(29) && day.Recall(DemoNames.LegalReview) is { } legal)
        {
            await RequestExtensionAsync(day, legal, "giamdoc.stp", "Khối lượng văn bản cần rà soát lớn (hơn 600 văn bản của hai tỉnh trước hợp nhất).", 10, ct);
        }

        // The digital-transformation plan: handed down twice, an extension refused, due within days.
        if (day.Recall(DemoNames.DigitalPlan) is { } plan)
        {
            if (day.Is(24))
            {
                await HandOffAsync(day, plan, "giamdoc.snv", "truongphong.cchc", null, "Phòng Cải cách hành chính chủ trì dự thảo kế hoạch.", ct);
            }

            if (day.Is(25))
            {
                await HandOffAsync(day, plan, "truongphong.cchc", "chuyenvien", day.Date.AddDays(7), "Dự thảo kế hoạch, gửi tôi trước khi trình Giám đốc.", ct);
            }

            if (day.Is(27))
            {
                await RequestExtensionAsync(day, plan, "chuyenvien", "Chờ ý kiến góp ý của Sở Công Thương về nội dung thương mại điện tử.", 5, ct);
            }

            if (day.Is(28))
            {
                await DecideAsync(day, plan, "chutich", false, "Không gia hạn: kế hoạch phải trình trước kỳ họp UBND tỉnh.", ct);
            }
        }
    }

    private async Task HandOffAsync(DemoDay day, Guid taskId, string from, string to, DateOnly? stepDue, string note, CancellationToken ct)
    {
        var toUser = await day.UserAsync(to, ct);
        await day.ActAsync(from, $"chuyển xử lý cho {to}", () => handOff.HandleAsync(taskId, new HandOffRequest(toUser, stepDue, note), ct), ct);
    }

    private async Task RequestExtensionAsync(DemoDay day, Guid taskId, string by, string reason, int workingDays, CancellationToken ct) =>
        await day.ActAsync(by, "đề nghị gia hạn", async () =>
        {
            var requested = await requestExtension.HandleAsync(taskId, new RequestExtensionRequest(reason, null, workingDays), ct);
            day.Remember($"extension:{taskId}", requested.Id);
        }, ct);

    private async Task DecideAsync(DemoDay day, Guid taskId, string by, bool approve, string note, CancellationToken ct)
    {
        if (day.Recall($"extension:{taskId}") is { } extensionId)
        {
            await day.ActAsync(by, approve ? "đồng ý gia hạn" : "không đồng ý gia hạn",
                () => decideExtension.HandleAsync(taskId, extensionId, new DecideExtensionRequest(approve, note), ct), ct);
        }
    }
}
