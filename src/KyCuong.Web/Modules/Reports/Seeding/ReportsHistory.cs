using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Reports.CreateRegime;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.EditSection;
using KyCuong.Web.Modules.Reports.GetPeriod;
using KyCuong.Web.Modules.Reports.SubmitReport;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Reports.Seeding;

/// <summary>
/// The demo's past in reports (docs/domain.md "Reports"), through the real handlers: Sở Nội vụ sets the 6-month and the annual report on
/// implementing Công điện 280/CĐ-TTg and 968/CĐ-TTg for its divisions (seed 004), the province sets its annual consolidated report of
/// its departments (seed 003), and Sở Nội vụ asks its divisions for a one-off report on overdue tasks (968/CĐ-TTg) whose deadline falls
/// inside the simulated weeks: Phòng Tổ chức, biên chế submits on the due day, Phòng Cải cách hành chính does not and is chased by the
/// ladder (the <c>reports.late</c> job runs every simulated afternoon).
/// </summary>
internal sealed class ReportsHistory(
    CreateRegimeHandler create, GetPeriodHandler periods, EditSectionHandler edit, SubmitReportHandler submit, ICalendarService calendar) : IDemoHistoryStep
{
    private const string OneOff = "report-regime:968-overdue";

    private const int DueWorkingDays = 5;

    public int Order => 70;

    private static RegimeSectionRequest[] Sections(string narrative) =>
    [
        new("Kết quả thực hiện nhiệm vụ", SectionSources.TaskSummary),
        new("Nhiệm vụ chậm, quá hạn", SectionSources.OverdueTasks),
        new("Kết quả quán triệt văn bản chỉ đạo", SectionSources.AcknowledgementCoverage),
        new(narrative, SectionSources.Narrative),
    ];

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        var cal = await calendar.GetAsync(ct);
        var first = Walk(cal, day.Date, -day.Index);
        var last = Walk(cal, day.Date, day.Count - 1 - day.Index);

        // The one-off report covers the month that holds the first simulated day; it is due five working days after its cut-off,
        // which must fall inside the simulated weeks (three working days before their end) for the chase to be seen.
        var period = ReportPeriod.Containing(Periodicity.Month, first);
        var due = period.DueDate(cal.Calendar, DueWorkingDays);
        var inWindow = due > first && Walk(cal, due, 3) <= last;
        if (day.Is(0))
        {
            var snv = await day.UnitAsync(DemoNames.HomeAffairs, ct);
            var province = await day.UnitAsync(DemoNames.Province, ct);
            const string basis = "Công điện số 280/CĐ-TTg và Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ";
            await day.ActAsync("giamdoc.snv", "đặt chế độ báo cáo 6 tháng, hằng năm", async () =>
            {
                await create.HandleAsync(new CreateRegimeRequest("Báo cáo 6 tháng kết quả thực hiện Công điện 280/CĐ-TTg và Công điện 968/CĐ-TTg", "halfYear", [],
                    DueWorkingDays, Sections("Khó khăn, vướng mắc và kiến nghị, đề xuất"), snv, basis, ["division"]), ct);
                await create.HandleAsync(new CreateRegimeRequest("Báo cáo năm kết quả thực hiện Công điện 280/CĐ-TTg và Công điện 968/CĐ-TTg", "year", [],
                    DueWorkingDays, Sections("Khó khăn, vướng mắc và kiến nghị, đề xuất"), snv, basis, ["division"]), ct);
                var oneOff = await create.HandleAsync(new CreateRegimeRequest("Báo cáo đột xuất tình hình xử lý nhiệm vụ quá hạn theo Công điện 968/CĐ-TTg", "once", [],
                    DueWorkingDays, Sections("Nguyên nhân chậm, quá hạn và giải pháp khắc phục"), snv, "Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ", ["division"]), ct);
                day.Remember(OneOff, oneOff.Id);
            }, ct);
            await day.ActAsync("chutich", "đặt chế độ báo cáo tổng hợp của tỉnh", () => create.HandleAsync(new CreateRegimeRequest(
                "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ Chủ tịch Ủy ban nhân dân tỉnh giao", "year", [], DueWorkingDays,
                Sections("Đánh giá chung, khó khăn và kiến nghị"), province, "Nghị định số 09/2019/NĐ-CP; Công điện số 968/CĐ-TTg", ["department"]), ct), ct);
        }

        if (day.Recall(OneOff) is not { } regime || !inWindow)
        {
            return;
        }

        if (day.Is(0))
        {
            await day.ActAsync("giamdoc.snv", "mở kỳ báo cáo đột xuất", () => periods.HandleAsync(regime, period.Key, ct), ct);
        }

        if (day.Date == due)
        {
            await day.ActAsync("chuyenvien.tcbc", "gửi báo cáo đột xuất đúng hạn", async () =>
            {
                var tcbc = (await periods.HandleAsync(regime, period.Key, ct)).Units.FirstOrDefault(u => u.Name == "Phòng Tổ chức, biên chế" && u.ReportId is not null);
                if (tcbc?.ReportId is { } id)
                {
                    await edit.HandleAsync(id, 3, new EditSectionRequest(
                        "Phòng có 01 nhiệm vụ chậm do chờ ý kiến thẩm định của Sở Tư pháp.\nGiải pháp: phân công lãnh đạo phòng trực tiếp theo dõi, báo cáo hằng tuần.", null, null), ct);
                    await submit.HandleAsync(id, new SubmitReportRequest($"{12 + day.Index}/BC-TCBC", day.Date), ct);
                }
            }, ct);
        }
    }

    /// <summary><paramref name="days"/> working days after (or, negative, before) <paramref name="date"/>.</summary>
    private static DateOnly Walk(CalendarSnapshot cal, DateOnly date, int days)
    {
        var step = days < 0 ? -1 : 1;
        for (var n = Math.Abs(days); n > 0;)
        {
            date = date.AddDays(step);
            if (cal.IsWorkingDay(date))
            {
                n--;
            }
        }

        return date;
    }
}
