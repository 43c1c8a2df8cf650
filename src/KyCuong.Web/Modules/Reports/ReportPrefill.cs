using System.Text.Json;
using System.Text.Json.Nodes;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Dates;

namespace KyCuong.Web.Modules.Reports;

/// <summary>
/// Fills a report's sections from live data through other modules' contracts (docs/domain.md "Reports"): the task summary of the
/// unit's subtree for the period (the very numbers of <c>GET /api/v1/units/{id}/task-summary?includeDescendants=true&amp;from&amp;to</c>)
/// and the overdue tasks at the cut-off with the lead and the working days late. Narrative sections stay for the unit to type.
/// </summary>
internal sealed class ReportPrefill(ITaskFigures tasks, IUnitDirectory units, IAcknowledgementFigures acknowledgements, TimeProvider clock)
{
    /// <summary>At most this many overdue tasks are listed; the count figure still covers them all up to this bound.</summary>
    internal const int OverdueLines = 200;

    public async Task<List<ReportSection>> BuildAsync(Report report, IReadOnlyList<ReportRegimeSection> sections, CancellationToken ct)
    {
        var result = new List<ReportSection>();
        foreach (var s in sections.OrderBy(s => s.Position))
        {
            var (figures, text) = await FillAsync(report, s.Source, ct);
            result.Add(new ReportSection
            {
                ReportId = report.Id, Position = s.Position, Title = s.Title, Source = s.Source,
                FiguresJson = figures.ToJsonString(), Text = text,
            });
        }

        return result;
    }

    /// <summary>Refreshes the figures of a report nobody has edited yet (the pre-fill follows live data until the unit takes it over).</summary>
    public async Task RefreshAsync(Report report, CancellationToken ct)
    {
        foreach (var section in report.Sections.Where(s => s.Source != SectionSources.Narrative))
        {
            var (figures, text) = await FillAsync(report, section.Source, ct);
            section.FiguresJson = figures.ToJsonString();
            section.Text = text;
        }
    }

    private async Task<(JsonObject Figures, string? Text)> FillAsync(Report report, string source, CancellationToken ct)
    {
        switch (source)
        {
            case SectionSources.TaskSummary:
            {
                var f = await tasks.SummaryAsync(report.UnitId, report.From, report.To, ct);
                return (new JsonObject
                {
                    ["inProgressOnTime"] = f.InProgressOnTime,
                    ["inProgressOverdue"] = f.InProgressOverdue,
                    ["doneOnTime"] = f.DoneOnTime,
                    ["doneLate"] = f.DoneLate,
                    ["total"] = f.Total,
                    ["overdueOfAssigned"] = f.OverdueOfAssigned,
                    ["assignedInPeriod"] = f.AssignedInPeriod,
                    ["overdueOfAssignedPercent"] = f.OverdueOfAssignedPercent,
                    ["overdueOfDue"] = f.OverdueOfDue,
                    ["dueInPeriod"] = f.DueInPeriod,
                    ["overdueOfDuePercent"] = f.OverdueOfDuePercent,
                }, null);
            }

            case SectionSources.OverdueTasks:
            {
                // Overdue at the cut-off: a deadline passed by the end of the period's last day (or by today while the period runs).
                var asOf = Min(clock.Today(), report.To.AddDays(1));
                var lines = await tasks.OverdueAsync(report.UnitId, asOf, OverdueLines, ct);
                var names = await units.FindManyAsync([.. lines.Select(l => l.LeadUnitId).Distinct()], ct);
                var text = lines.Count == 0
                    ? "Không có nhiệm vụ quá hạn."
                    : string.Join('\n', lines.Select((l, i) =>
                        $"{i + 1}. {l.Title} — chủ trì: {(names.TryGetValue(l.LeadUnitId, out var u) ? u.Name : "?")}; hạn {VietnamDates.Show(l.DueDate)}; chậm {l.WorkingDaysLate} ngày làm việc."));
                return (new JsonObject { ["overdueTasks"] = lines.Count }, text);
            }

            case SectionSources.AcknowledgementCoverage:
            {
                var asOf = Min(clock.Today(), report.To);
                var a = await acknowledgements.ForUnitAsync(report.UnitId, report.From, report.To, asOf, ct);
                var text = a.Lines.Count == 0
                    ? "Trong kỳ không có văn bản chỉ đạo nào yêu cầu quán triệt đến từng cán bộ, công chức của đơn vị."
                    : string.Join('\n', a.Lines.Select((l, i) => $"{i + 1}. {l.Label}: {l.Acknowledged}/{l.Required} cán bộ, công chức đã xác nhận đọc, quán triệt."));
                return (new JsonObject
                {
                    ["acknowledgementCampaigns"] = a.Campaigns,
                    ["acknowledgementRequired"] = a.Required,
                    ["acknowledged"] = a.Acknowledged,
                    ["acknowledgedPercent"] = a.Required == 0 ? null : Math.Round(100m * a.Acknowledged / a.Required, 1),
                }, text);
            }

            default:
                return (new JsonObject(), null);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static JsonObject Figures(ReportSection section) =>
        JsonNode.Parse(section.FiguresJson) as JsonObject ?? [];

    public static JsonElement FiguresElement(ReportSection section) => JsonDocument.Parse(section.FiguresJson).RootElement.Clone();
}
