using System.Text.Json.Nodes;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.GetPeriod;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.Consolidate;

internal sealed record ConsolidatedResponse(
    Guid RegimeId,
    string RegimeName,
    string Period,
    DateOnly From,
    DateOnly To,
    DateOnly DueDate,
    int Units,
    int Submitted,
    IReadOnlyList<ConsolidatedSection> Sections,
    IReadOnlyList<PeriodUnitRow> Gaps);

/// <summary><see cref="Figures"/>: the sum over the submitted reports (rates recomputed from the summed parts); <see cref="Texts"/>: each unit's text.</summary>
internal sealed record ConsolidatedSection(int Position, string Title, string Source, JsonObject Figures, IReadOnlyList<UnitText> Texts);

internal sealed record UnitText(Guid UnitId, string Name, string Text);

/// <summary>
/// The owner body's consolidated report for a period (docs/domain.md "Reports"): the figures of the reports its units submitted summed
/// section by section, their narratives listed, and the gaps (units that have not submitted, late ones with their working days late).
/// Only the owner side may see it; anyone else gets 404.
/// </summary>
internal sealed class ConsolidateHandler(AppDbContext db, ReportAccess reportAccess, GetPeriodHandler period)
{
    private static readonly string[] Rates = ["overdueOfAssignedPercent", "overdueOfDuePercent"];

    public async Task<ConsolidatedResponse> HandleAsync(Guid regimeId, string periodKey, CancellationToken ct)
    {
        var regime = await reportAccess.LoadRegimeAsync(regimeId, ct);
        if (!await reportAccess.ReadsWholeRegimeAsync(regime, ct))
        {
            throw ReportAccess.RegimeNotFound();
        }

        var tracking = await period.HandleAsync(regimeId, periodKey, ct);
        var submitted = await db.Reports.AsNoTracking().Include(r => r.Sections)
            .Where(r => r.RegimeId == regimeId && r.Period == tracking.Period && r.SubmittedAtUtc != null)
            .ToListAsync(ct);
        var names = tracking.Units.ToDictionary(u => u.UnitId, u => u.Name);
        var sections = regime.Sections.OrderBy(s => s.Position).Select(s =>
        {
            var sums = new Dictionary<string, decimal>();
            var texts = new List<UnitText>();
            foreach (var report in submitted.OrderBy(r => names.GetValueOrDefault(r.UnitId, ""), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true)))
            {
                var section = report.Sections.FirstOrDefault(x => x.Position == s.Position);
                if (section is null)
                {
                    continue;
                }

                foreach (var (name, value) in ReportPrefill.Figures(section))
                {
                    if (!FigureLabels.IsRate(name))
                    {
                        sums[name] = sums.GetValueOrDefault(name) + (value?.GetValue<decimal?>() ?? 0);
                    }
                }

                if (!string.IsNullOrWhiteSpace(section.Text) && s.Source == SectionSources.Narrative)
                {
                    texts.Add(new UnitText(report.UnitId, names.GetValueOrDefault(report.UnitId, ""), section.Text));
                }
            }

            var figures = new JsonObject();
            foreach (var (name, value) in sums)
            {
                figures[name] = value;
            }

            foreach (var rate in Rates)
            {
                if (FigureLabels.PartsOf(rate) is var (n, d) && sums.ContainsKey(n) && sums.TryGetValue(d, out var den))
                {
                    figures[rate] = den == 0 ? null : Math.Round(100m * sums[n] / den, 2);
                }
            }

            return new ConsolidatedSection(s.Position, s.Title, s.Source, figures, texts);
        }).ToList();
        return new ConsolidatedResponse(regime.Id, regime.Name, tracking.Period, tracking.From, tracking.To, tracking.DueDate, tracking.Units.Count,
            submitted.Count, sections, [.. tracking.Units.Where(u => u.Status != "submitted")]);
    }
}
