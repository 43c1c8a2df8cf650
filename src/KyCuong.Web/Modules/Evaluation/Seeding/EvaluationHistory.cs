using KyCuong.Web.Modules.Evaluation.Candidates;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.Innovation.ProposeInnovation;
using KyCuong.Web.Modules.Evaluation.SaveGrades;
using KyCuong.Web.Modules.Evaluation.SetGeneralPoints;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Evaluation.Seeding;

/// <summary>
/// The demo's past in evaluation (docs/domain.md "Evaluation"), through the real handlers: near the end of the history the head of
/// Phòng Cải cách hành chính scores the specialist's general criteria for the quarter before and saves the division's grades for it
/// (version 1 of the grading minutes); the director of Sở Nội vụ records last year's commendation decision about the specialist; and
/// the specialist proposes an innovation covering the annual reform report, which the body's leadership has still to vote on today.
/// </summary>
internal sealed class EvaluationHistory(SetGeneralPointsHandler general, SaveGradesHandler grades, RecordCandidateDecisionHandler decisions,
    ProposeInnovationHandler propose) : IDemoHistoryStep
{
    public const string Division = "Phòng Cải cách hành chính";

    public const string InnovationTitle = "Tiếp nhận, trả kết quả báo cáo cải cách hành chính của các xã qua hệ thống điện tử";

    public const string CommendationNumber = "45/QĐ-SNV";

    public int Order => 80;

    /// <summary>The quarter before the one that holds <paramref name="date"/>, as a period key (2026-Q3).</summary>
    public static string PreviousQuarter(DateOnly date)
    {
        var q = (date.Month - 1) / 3 + 1;
        return q == 1 ? $"{date.Year - 1}-Q4" : $"{date.Year}-Q{q - 1}";
    }

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Count < 5)
        {
            return;
        }

        if (day.Is(day.Count - 4))
        {
            // The specialist proposes; the vote (07 working days, Nghị định 73/2023/NĐ-CP Điều 8 khoản 1) is still open today.
            var report = day.Recall(DemoNames.ReformReport);
            await day.ActAsync("chuyenvien", "gửi đề xuất đổi mới, sáng tạo", () => propose.HandleAsync(new ProposeInnovationRequest(InnovationTitle,
                "Các xã gửi báo cáo cải cách hành chính bằng văn bản giấy; Phòng tổng hợp thủ công, thường chậm 5–7 ngày so với hạn của tỉnh.",
                "Các xã nhập số liệu vào biểu mẫu điện tử trên hệ thống quản lý văn bản; Phòng tổng hợp tự động và chỉ đối chiếu các số liệu bất thường.",
                "Báo cáo cải cách hành chính định kỳ của các xã trong tỉnh, thí điểm từ quý tới.",
                "Rút thời gian tổng hợp từ 7 ngày còn 2 ngày; không còn chậm hạn báo cáo của tỉnh.",
                report is { } r ? new[] { r } : [], null), ct), ct);
        }

        if (day.Is(day.Count - 3))
        {
            var period = PreviousQuarter(day.Date);
            var cchc = await day.UnitAsync(Division, ct);
            var specialist = await day.UserAsync("chuyenvien", ct);
            await day.ActAsync("truongphong.cchc", $"chấm điểm tiêu chí chung và xếp loại quý {period}", async () =>
            {
                await general.HandleAsync(specialist, period, new SetGeneralPointsRequest(27m,
                    "Chấp hành tốt kỷ luật, kỷ cương; chủ động phối hợp với các xã khi tổng hợp báo cáo."), ct);
                var sheet = await grades.SheetAsync(cchc, period, ct);
                var lines = sheet.People.Where(p => p.CanGrade && !p.Head)
                    .Select(p => new GradeLine(p.UserId, p.ForcedReason is not null ? "notCompleted" : "good")).ToList();
                await grades.HandleAsync(cchc, period, new SaveGradesRequest(lines, false, null,
                    $"Họp Phòng ngày {day.Date:dd/MM/yyyy}: thống nhất xếp loại quý theo kết quả đánh giá và nhận xét của tập thể."), ct);
            }, ct);
        }

        if (day.Is(day.Count - 2))
        {
            var cchc = await day.UnitAsync(Division, ct);
            var specialist = await day.UserAsync("chuyenvien", ct);
            await day.ActAsync("giamdoc.snv", "ghi quyết định khen thưởng năm trước", () => decisions.HandleAsync(cchc, new RecordCandidateDecisionRequest(specialist,
                day.Date.Year - 1, CandidateForms.Commendation, "advancedWorker", CommendationNumber, day.Date,
                "Theo đề nghị của Hội đồng Thi đua – Khen thưởng Sở."), ct), ct);
        }
    }
}
