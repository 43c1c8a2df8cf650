using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>
/// <see cref="IAcknowledgementFigures"/>: for each campaign required in the period, the officials of the unit's subtree it reaches
/// (positions held today) and how many had acknowledged by the cut-off (docs/domain.md "Acknowledgement of directives").
/// </summary>
internal sealed class AcknowledgementFiguresReader(AppDbContext db, IUnitDirectory units, IPeopleDirectory people, TimeProvider clock) : IAcknowledgementFigures
{
    public async Task<AcknowledgementFigures> ForUnitAsync(Guid unitId, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        var start = VietnamTime.StartOfDay(from).UtcDateTime;
        var end = VietnamTime.StartOfDay(to.AddDays(1)).UtcDateTime;
        var cutOff = VietnamTime.StartOfDay(asOf.AddDays(1)).UtcDateTime;
        var campaigns = await db.AcknowledgementCampaigns.AsNoTracking().Include(c => c.Units)
            .Where(c => c.RequiredAtUtc >= start && c.RequiredAtUtc < end)
            .Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => new { Campaign = c, d.Type, d.NumberSymbol, d.Subject })
            .OrderBy(x => x.Campaign.RequiredAtUtc).ToListAsync(ct);
        var subtree = (await units.Subtree(unitId).ToListAsync(ct)).ToHashSet();
        var lines = new List<AcknowledgementLine>();
        var today = clock.Today();
        foreach (var x in campaigns)
        {
            var reached = new HashSet<Guid>();
            foreach (var u in x.Campaign.Units)
            {
                if (subtree.Contains(u.UnitId))
                {
                    // The recipient is inside the unit: its whole subtree is inside too.
                    reached.UnionWith(await units.Subtree(u.UnitId).ToListAsync(ct));
                }
                else if (await units.Subtree(u.UnitId).AnyAsync(d => d == unitId, ct))
                {
                    // The recipient is above the unit: the unit's whole subtree is reached.
                    reached.UnionWith(subtree);
                }
            }

            if (reached.Count == 0)
            {
                continue;
            }

            var ids = (await people.PeopleInAsync(reached, today, ct)).Select(p => p.UserId).Distinct().ToList();
            var done = await db.DocumentAcknowledgements.AsNoTracking()
                .CountAsync(a => a.DocumentId == x.Campaign.DocumentId && ids.Contains(a.UserId) && a.AtUtc < cutOff, ct);
            var label = x.NumberSymbol is null ? x.Subject : $"{x.Type ?? "Văn bản"} số {x.NumberSymbol}";
            lines.Add(new AcknowledgementLine(x.Campaign.DocumentId, label, ids.Count, done));
        }

        return new AcknowledgementFigures(lines.Count, lines.Sum(l => l.Required), lines.Sum(l => l.Acknowledged), lines);
    }

    public async Task<IReadOnlyDictionary<Guid, AcknowledgementFigures>> ForUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        DateOnly asOf, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        var start = VietnamTime.StartOfDay(from).UtcDateTime;
        var end = VietnamTime.StartOfDay(to.AddDays(1)).UtcDateTime;
        var cutOff = VietnamTime.StartOfDay(asOf.AddDays(1)).UtcDateTime;
        var campaigns = ids.Count == 0
            ? []
            : await db.AcknowledgementCampaigns.AsNoTracking().Include(c => c.Units)
                .Where(c => c.RequiredAtUtc >= start && c.RequiredAtUtc < end)
                .Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => new { Campaign = c, d.Type, d.NumberSymbol, d.Subject })
                .OrderBy(x => x.Campaign.RequiredAtUtc).ToListAsync(ct);
        var empty = new AcknowledgementFigures(0, 0, 0, []);
        if (campaigns.Count == 0)
        {
            return ids.ToDictionary(id => id, _ => empty);
        }

        // The same reach as ForUnitAsync, from subtrees read once: a recipient inside the unit brings its own subtree, a recipient above
        // the unit brings the unit's whole subtree.
        var recipients = campaigns.SelectMany(x => x.Campaign.Units.Select(u => u.UnitId)).Distinct().ToList();
        var trees = (await units.SubtreesAsync([.. ids.Union(recipients)], ct)).ToDictionary(kv => kv.Key, kv => kv.Value.ToHashSet());
        HashSet<Guid> TreeOf(Guid unit) => trees.TryGetValue(unit, out var t) ? t : [];
        var reach = new Dictionary<(Guid Unit, Guid Document), HashSet<Guid>>();
        foreach (var unitId in ids)
        {
            var subtree = TreeOf(unitId);
            foreach (var x in campaigns)
            {
                var reached = new HashSet<Guid>();
                foreach (var u in x.Campaign.Units)
                {
                    if (subtree.Contains(u.UnitId))
                    {
                        reached.UnionWith(TreeOf(u.UnitId));
                    }
                    else if (TreeOf(u.UnitId).Contains(unitId))
                    {
                        reached.UnionWith(subtree);
                    }
                }

                reach[(unitId, x.Campaign.DocumentId)] = reached;
            }
        }

        var today = clock.Today();
        var reachedUnits = reach.Values.SelectMany(r => r).Distinct().ToList();
        var peopleByUnit = (reachedUnits.Count == 0 ? [] : await people.PeopleInAsync(reachedUnits, today, ct)).ToLookup(p => p.UnitId, p => p.UserId);
        var documentIds = campaigns.Select(x => x.Campaign.DocumentId).Distinct().ToList();
        var acknowledged = (await db.DocumentAcknowledgements.AsNoTracking()
                .Where(a => documentIds.Contains(a.DocumentId) && a.AtUtc < cutOff)
                .Select(a => new { a.DocumentId, a.UserId }).ToListAsync(ct))
            .ToLookup(a => a.DocumentId, a => a.UserId);
        var acknowledgedBy = documentIds.ToDictionary(d => d, d => acknowledged[d].ToHashSet());

        var result = new Dictionary<Guid, AcknowledgementFigures>();
        foreach (var unitId in ids)
        {
            var lines = new List<AcknowledgementLine>();
            foreach (var x in campaigns)
            {
                var reached = reach[(unitId, x.Campaign.DocumentId)];
                if (reached.Count == 0)
                {
                    continue;
                }

                var officials = reached.SelectMany(u => peopleByUnit[u]).Distinct().ToList();
                var done = officials.Count(acknowledgedBy[x.Campaign.DocumentId].Contains);
                var label = x.NumberSymbol is null ? x.Subject : $"{x.Type ?? "Văn bản"} số {x.NumberSymbol}";
                lines.Add(new AcknowledgementLine(x.Campaign.DocumentId, label, officials.Count, done));
            }

            result[unitId] = lines.Count == 0 ? empty : new AcknowledgementFigures(lines.Count, lines.Sum(l => l.Required), lines.Sum(l => l.Acknowledged), lines);
        }

        return result;
    }
}
