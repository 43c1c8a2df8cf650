using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections.Dashboard;

/// <summary>
/// Lines of the body's plan for the year, how many were carried out (the team arrived), and how many are overdue: their month has
/// ended and the team has not arrived (no check decided, or decided and not started).
/// </summary>
internal sealed record PlanFigures(bool Approved, int Lines, int Done, int Overdue, decimal? DoneRate);

internal sealed record CheckFigures(int Total, int Started, int Concluded, int Surprise, decimal? SurpriseShare);

internal sealed record TopicCount(string Topic, int Count);

/// <summary>docs/api.md: <c>GET /api/v1/inspections/dashboard?bodyId=&amp;year=</c>.</summary>
internal sealed record InspectionDashboard(Guid BodyId, string BodyName, int Year, PlanFigures Plan, CheckFigures Checks, IReadOnlyList<TopicCount> FindingsByTopic,
    RemedyFigures Remedies);

/// <summary>
/// The checks a body ordered in a year (planned start in that year) against its approved plan, the share of surprise checks,
/// findings by topic and remedies done on time (docs/domain.md "Checks of official duties: papers, dashboard and people"). For the
/// body's leaders and monitors (who may decide its checks); anyone else 404. Everything is counted over the checks the caller may
/// see, so a surprise check not yet started counts for nobody inside a checked unit, and neither does its plan line.
/// </summary>
internal sealed class InspectionDashboardHandler(AppDbContext db, InspectionAccess inspections, IUnitDirectory units, ITaskHistoryForEvaluation tasks,
    TimeProvider clock)
{
    public const string OtherTopic = "Khác";

    public async Task<InspectionDashboard> HandleAsync(Guid? bodyId, int? year, CancellationToken ct)
    {
        var today = clock.Today();
        new Validator()
            .Check(bodyId is { } b && b != Guid.Empty, "bodyId", "Cần cơ quan. / bodyId is required.")
            .Check(year is null || year is >= 2000 and <= 2100, "year", "Năm từ 2000 đến 2100. / year must be 2000 to 2100.")
            .ThrowIfInvalid();
        var body = await units.FindAsync(bodyId!.Value, ct);
        if (body is null || !await inspections.CanDecideAsync(body.Id, ct))
        {
            throw new NotFoundException("Không tìm thấy cơ quan. / Body not found.");
        }

        var y = year ?? today.Year;
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var visible = (await inspections.VisibleAsync(ct)).Where(i => i.OrderingUnitId == body.Id && i.PlannedStart >= first && i.PlannedStart <= last);
        var checks = await visible.Select(i => new { i.Id, i.Surprise, Started = i.StartedAtUtc != null, i.Status }).ToListAsync(ct);
        var ids = checks.Select(c => c.Id).ToList();

        // The plan: a line whose check the caller may not see (a surprise still secret from them) is not counted at all. A line's check
        // counts as done once the team arrived, whatever year its planned start fell in (a December line may be carried out in January).
        var line = await inspections.LineAboveCallerAsync(ct);
        // A body may hold more than one plan for a year (a supplementary plan): the approved ones count together; only while none is
        // approved are the drafts shown (flagged "not approved").
        var plans = await db.InspectionPlans.AsNoTracking().Include(p => p.Lines).Where(p => p.BodyUnitId == body.Id && p.Year == y).ToListAsync(ct);
        var approved = plans.Any(p => p.IsApproved);
        var planLines = plans.Where(p => p.IsApproved || !approved).SelectMany(p => p.Lines).ToList();
        var started = checks.Where(c => c.Started).Select(c => c.Id).ToHashSet();
        var lineChecks = planLines.Where(l => l.InspectionId is not null).Select(l => l.InspectionId!.Value).ToList();
        var lineChecksStarted = lineChecks.Count == 0
            ? []
            : (await (await inspections.VisibleAsync(ct)).Where(i => lineChecks.Contains(i.Id) && i.StartedAtUtc != null).Select(i => i.Id).ToListAsync(ct)).ToHashSet();
        var lines = planLines
            .Where(l => !(l.Surprise && !(l.InspectionId is { } iid && lineChecksStarted.Contains(iid)) && line.Contains(l.UnitId))).ToList();
        var done = lines.Count(l => l.InspectionId is { } iid && lineChecksStarted.Contains(iid));
        // Overdue: the line's month is over (Vietnam calendar) and the team has not arrived.
        var overdue = lines.Count(l => !(l.InspectionId is { } iid && lineChecksStarted.Contains(iid)) && new DateOnly(y, l.Month, 1).AddMonths(1) <= today);
        var planFigures = new PlanFigures(approved, lines.Count, done, overdue, lines.Count == 0 ? null : Math.Round(100m * done / lines.Count, 1));

        var surprise = checks.Count(c => c.Surprise);
        var checkFigures = new CheckFigures(checks.Count, started.Count,
            checks.Count(c => c.Status is InspectionStatus.Concluded or InspectionStatus.Closed), surprise,
            checks.Count == 0 ? null : Math.Round(100m * surprise / checks.Count, 1));

        var topics = (await db.Set<InspectionFinding>().AsNoTracking().Where(f => ids.Contains(f.InspectionId)).Select(f => f.Topic).ToListAsync(ct))
            .GroupBy(t => string.IsNullOrWhiteSpace(t) ? OtherTopic : t)
            .Select(g => new TopicCount(g.Key, g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();

        var remedyRows = await db.InspectionRemedies.AsNoTracking().Where(r => ids.Contains(r.InspectionId))
            .Select(r => new { r.TaskId, r.DueDate, r.Verification }).ToListAsync(ct);
        var facts = new List<RemedyFacts>();
        foreach (var r in remedyRows)
        {
            var history = r.TaskId is { } tid ? await tasks.HistoryAsync(tid, ct) : null;
            facts.Add(new RemedyFacts(history?.DueDate ?? r.DueDate, history?.CompletedOn, r.Verification));
        }

        return new InspectionDashboard(body.Id, body.Name, y, planFigures, checkFigures, topics, RemedyFigures.Of(facts, today));
    }
}
