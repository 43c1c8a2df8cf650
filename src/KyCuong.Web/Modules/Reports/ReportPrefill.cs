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
/// Fills reports' sections from live data through other modules' contracts (docs/domain.md "Reports"): the task summary of the
/// unit's subtree for the period (the very numbers of <c>GET /api/v1/units/{id}/task-summary?includeDescendants=true&amp;from&amp;to</c>)
/// and the overdue tasks at the cut-off with the lead and the working days late. Narrative sections stay for the unit to type.
/// </summary>
internal sealed class ReportPrefill(ITaskFigures tasks, IUnitDirectory units, IAcknowledgementFigures acknowledgements, TimeProvider clock)
{
    /// <summary>At most this many overdue tasks are listed; the count figure still covers them all up to this bound.</summary>
    internal const int OverdueLines = 200;

    /// <summary>
    /// Pre-fills the reports of one opening (one regime and period, every reporting unit at once): what the sections need is read for ALL
    /// the units in a fixed number of queries (task summaries grouped by unit, overdue lists, lead units' names, the period's
    /// acknowledgement campaigns), then each report's sections are built in memory (docs/performance.md "Reports at a province's size").
    /// </summary>
    public async Task BuildAllAsync(IReadOnlyList<Report> reports, IReadOnlyList<ReportRegimeSection> sections, CancellationToken ct)
    {
        var sources = sections.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var period in reports.GroupBy(r => (r.From, r.To)))
        {
            var live = await ReadAsync([.. period.Select(r => r.UnitId)], period.Key.From, period.Key.To, sources, ct);
            foreach (var report in period)
            {
                foreach (var s in sections.OrderBy(s => s.Position))
                {
                    var (figures, text) = Fill(live, report.UnitId, s.Source);
                    report.Sections.Add(new ReportSection
                    {
                        ReportId = report.Id, Position = s.Position, Title = s.Title, Source = s.Source,
                        FiguresJson = figures.ToJsonString(), Text = text,
                    });
                }
            }
        }
    }

    /// <summary>Refreshes the figures of a report nobody has edited yet (the pre-fill follows live data until the unit takes it over).</summary>
    public async Task RefreshAsync(Report report, CancellationToken ct)
    {
        var filled = report.Sections.Where(s => s.Source != SectionSources.Narrative).ToList();
        if (filled.Count == 0)
        {
            return;
        }

        var live = await ReadAsync([report.UnitId], report.From, report.To, filled.Select(s => s.Source).ToHashSet(StringComparer.Ordinal), ct);
        foreach (var section in filled)
        {
            var (figures, text) = Fill(live, report.UnitId, section.Source);
            section.FiguresJson = figures.ToJsonString();
            section.Text = text;
        }
    }

    /// <summary>The live data of these units for the period, each source read once for all of them (nothing for a source no section uses).</summary>
    private async Task<Live> ReadAsync(IReadOnlyList<Guid> unitIds, DateOnly from, DateOnly to, HashSet<string> sources, CancellationToken ct)
    {
        var today = clock.Today();
        var summaries = sources.Contains(SectionSources.TaskSummary)
            ? await tasks.SummariesAsync(unitIds, from, to, ct)
            : new Dictionary<Guid, TaskPeriodFigures>();
        // Overdue at the cut-off: a deadline passed by the end of the period's last day (or by today while the period runs).
        var overdue = sources.Contains(SectionSources.OverdueTasks)
            ? await tasks.OverdueManyAsync(unitIds, Min(today, to.AddDays(1)), OverdueLines, ct)
            : new Dictionary<Guid, IReadOnlyList<OverdueTaskLine>>();
        var leads = overdue.Values.SelectMany(l => l).Select(l => l.LeadUnitId).Distinct().ToList();
        var names = leads.Count == 0 ? new Dictionary<Guid, UnitDto>() : await units.FindManyAsync(leads, ct);
        var coverage = sources.Contains(SectionSources.AcknowledgementCoverage)
            ? await acknowledgements.ForUnitsAsync(unitIds, from, to, Min(today, to), ct)
            : new Dictionary<Guid, AcknowledgementFigures>();
        return new Live(summaries, overdue, names, coverage);
    }

    private sealed record Live(
        IReadOnlyDictionary<Guid, TaskPeriodFigures> Summaries,
        IReadOnlyDictionary<Guid, IReadOnlyList<OverdueTaskLine>> Overdue,
        IReadOnlyDictionary<Guid, UnitDto> LeadUnits,
        IReadOnlyDictionary<Guid, AcknowledgementFigures> Coverage);

    private static (JsonObject Figures, string? Text) Fill(Live live, Guid unitId, string source)
    {
        switch (source)
        {
            case SectionSources.TaskSummary:
            {
                var f = live.Summaries[unitId];
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
                var lines = live.Overdue[unitId];
                var text = lines.Count == 0
                    ? "Không có nhiệm vụ quá hạn."
                    : string.Join('\n', lines.Select((l, i) =>
                        $"{i + 1}. {l.Title} — chủ trì: {(live.LeadUnits.TryGetValue(l.LeadUnitId, out var u) ? u.Name : "?")}; hạn {VietnamDates.Show(l.DueDate)}; chậm {l.WorkingDaysLate} ngày làm việc."));
                return (new JsonObject { ["overdueTasks"] = lines.Count }, text);
            }

            case SectionSources.AcknowledgementCoverage:
            {
                var a = live.Coverage[unitId];
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
