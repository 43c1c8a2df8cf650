using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Inspections.RiskRanking;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Inspections.PeopleRisk;

/// <summary>docs/api.md: one official of the checked units with the score and every input (value, weight, points) that makes it.</summary>
internal sealed record PersonRiskItem(Guid UserId, string FullName, Guid UnitId, string UnitName, string Title, double Score,
    IReadOnlyDictionary<string, RiskInputView> Inputs);

/// <summary>
/// The risk ranking of the officials in a check's units and below them (docs/domain.md "Checks of official duties: risk ranking of
/// people"), for the head of the team only: anyone else gets 404, as if the ranking did not exist. Inputs are read through the
/// Tasks and Chasing contracts and this module's own findings; weights are settings.
/// </summary>
internal sealed class PeopleRiskHandler(
    AppDbContext db, InspectionAccess inspections, IUnitDirectory units, IPeopleDirectory people, ITaskHistoryForEvaluation tasks,
    IPersonChaseFigures chase, ICurrentUser me, TimeProvider clock, IOptions<InspectionOptions> options)
{
    public const int LookbackDays = 365;

    /// <summary>The largest number of officials ranked at once (the units of one check, rarely more than a few hundred).</summary>
    public const int MaxPeople = 2000;

    public async Task<IReadOnlyList<PersonRiskItem>> HandleAsync(Guid id, CancellationToken ct)
    {
        var i = await inspections.LoadAsync(id, ct, tracking: false);
        if (me.UserId is not { } caller || i.TeamLeaderUserId != caller)
        {
            throw InspectionAccess.NotFound();
        }

        var today = clock.Today();
        var from = today.AddDays(-LookbackDays);
        var sinceUtc = VietnamTime.StartOfDay(from).UtcDateTime;
        var unitIds = new List<Guid>();
        foreach (var c in i.CheckedUnits)
        {
            unitIds.AddRange(await units.Subtree(c.UnitId).ToListAsync(ct));
        }

        var positions = (await people.PeopleInAsync(unitIds.Distinct().ToList(), today, ct))
            .Where(p => !i.HasOnTeam(p.UserId))
            .GroupBy(p => p.UserId).Select(g => g.OrderBy(p => p.UnitId).First())
            .Take(MaxPeople)
            .ToList();
        var ids = positions.Select(p => p.UserId).ToList();
        var unitNames = await units.FindManyAsync(positions.Select(p => p.UnitId).Distinct().ToList(), ct);
        var chased = await chase.ForPeopleAsync(ids, sinceUtc, ct);
        var fromUtc = sinceUtc;
        // Findings of other checks naming the person; a check still secret is never counted (findings follow the arrival anyway).
        var prior = (await db.Set<InspectionFinding>().AsNoTracking()
                .Where(f => f.PersonUserId != null && ids.Contains(f.PersonUserId.Value) && f.InspectionId != i.Id && f.RecordedAtUtc >= fromUtc)
                .Join(db.Inspections.Where(x => !x.Surprise || x.StartedAtUtc != null), f => f.InspectionId, x => x.Id, (f, _) => f.PersonUserId!.Value)
                .ToListAsync(ct))
            .GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
        var weights = options.Value.PeopleRisk;
        // One Tasks-contract call for every person ranked (docs/performance.md "People ranking of a unit").
        var held = (await tasks.HeldTaskFactsAsync(ids, from, today, ct))
            .ToLookup(t => t.HolderUserId, t => new PersonTaskFacts(t.DueDate, t.CompletedOn, t.ApprovedExtensions));
        var result = new List<PersonRiskItem>();
        foreach (var p in positions)
        {
            var facts = held[p.UserId].ToList();
            var c = chased.GetValueOrDefault(p.UserId);
            var inputs = PeopleRiskScoring.Inputs(PeopleRiskScoring.OverdueRatePercent(facts, from, today), PeopleRiskScoring.CountSerialExtensions(facts),
                c?.CountedReminders ?? 0, c?.OpenTransferFlag ?? false, prior.GetValueOrDefault(p.UserId), weights);
            result.Add(new PersonRiskItem(p.UserId, p.FullName, p.UnitId, unitNames.TryGetValue(p.UnitId, out var u) ? u.Name : "", p.Title,
                RiskScoring.Score(inputs), inputs.ToDictionary(x => x.Key, x => new RiskInputView(x.Value.Value, x.Value.Weight, x.Value.Points))));
        }

        var vi = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        return result.OrderByDescending(r => r.Score).ThenBy(r => r.FullName, vi).ThenBy(r => r.UserId).ToList();
    }
}
