using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections.PersonFindings;

/// <summary>The Inspections side of <see cref="IInspectionFindingsReader"/>: its own tables, its own access rule (<see cref="PersonFindingAccess"/>).</summary>
internal sealed class InspectionFindingsReader(AppDbContext db, PersonFindingAccess access) : IInspectionFindingsReader
{
    public async Task<IReadOnlyList<PersonFinding>> AboutAsync(Guid personUserId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = VietnamTime.StartOfDay(from).UtcDateTime;
        var end = VietnamTime.StartOfDay(to.AddDays(1)).UtcDateTime;
        var query = Known(personUserId).Where(x => x.Finding.RecordedAtUtc >= start && x.Finding.RecordedAtUtc < end);
        if (!await access.SeesAllAboutAsync(personUserId, ct))
        {
            // The head of a checking team sees what their team recorded about the person, nothing else.
            var me = access.CallerId ?? Guid.Empty;
            query = query.Where(x => x.Check.TeamLeaderUserId == me);
        }

        var rows = await query.Select(x => new { x.Finding, x.Check.Title }).ToListAsync(ct);
        return rows.OrderBy(x => x.Finding.RecordedAtUtc).ThenBy(x => x.Finding.Id)
            .Select(x => new PersonFinding(x.Finding.Id, x.Finding.InspectionId, x.Title, x.Finding.UnitId, x.Finding.Topic, x.Finding.Text, x.Finding.RecordedAtUtc,
                x.Finding.ReviewDecision, FindingReview.Label(x.Finding.ReviewDecision), x.Finding.ReviewDecisionNumber, x.Finding.ReviewDecidedOn))
            .ToList();
    }

    public async Task<IReadOnlyList<FindingDiscipline>> DisciplinesAsync(Guid personUserId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        string[] forms = [FindingReview.Reprimand, FindingReview.Warning, FindingReview.DismissalFromPost, FindingReview.ForcedResignation];
        var rows = await Known(personUserId)
            .Where(x => x.Finding.ReviewDecision != null && forms.Contains(x.Finding.ReviewDecision) && x.Finding.ReviewDecidedOn >= from && x.Finding.ReviewDecidedOn <= to)
            .Select(x => x.Finding).ToListAsync(ct);
        return rows.OrderBy(f => f.ReviewDecidedOn).ThenBy(f => f.Id)
            .Select(f => new FindingDiscipline(f.Id, f.InspectionId, f.ReviewDecision!, f.ReviewDecisionNumber ?? "", f.ReviewDecidedOn!.Value)).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<FindingDiscipline>>> DisciplinesOfManyAsync(IReadOnlyCollection<Guid> personUserIds, DateOnly from,
        DateOnly to, CancellationToken ct)
    {
        string[] forms = [FindingReview.Reprimand, FindingReview.Warning, FindingReview.DismissalFromPost, FindingReview.ForcedResignation];
        var (first, last) = (from, to);
        var rows = new List<InspectionFinding>();
        foreach (var chunk in personUserIds.Distinct().Chunk(1000))
        {
            rows.AddRange(await (from f in db.Set<InspectionFinding>().AsNoTracking()
                                 join i in db.Inspections.AsNoTracking() on f.InspectionId equals i.Id
                                 where f.PersonUserId != null && chunk.Contains(f.PersonUserId.Value) && !(i.Surprise && i.StartedAtUtc == null)
                                     && f.ReviewDecision != null && forms.Contains(f.ReviewDecision) && f.ReviewDecidedOn >= first && f.ReviewDecidedOn <= last
                                 select f).ToListAsync(ct));
        }

        return rows.GroupBy(f => f.PersonUserId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<FindingDiscipline>)g.OrderBy(f => f.ReviewDecidedOn).ThenBy(f => f.Id)
            .Select(f => new FindingDiscipline(f.Id, f.InspectionId, f.ReviewDecision!, f.ReviewDecisionNumber ?? "", f.ReviewDecidedOn!.Value)).ToList());
    }

    /// <summary>Findings about the person in checks known to the checked units (a secret surprise check shows nothing).</summary>
    private IQueryable<Row> Known(Guid personUserId) =>
        from f in db.Set<InspectionFinding>().AsNoTracking()
        join i in db.Inspections.AsNoTracking() on f.InspectionId equals i.Id
        where f.PersonUserId == personUserId && !(i.Surprise && i.StartedAtUtc == null)
        select new Row { Finding = f, Check = i };

    private sealed class Row
    {
        public required InspectionFinding Finding { get; init; }

        public required Inspection Check { get; init; }
    }
}
