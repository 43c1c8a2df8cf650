using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.Patterns;

/// <summary>One case as the reader drills into it (docs/api.md "Evaluation: patterns and candidates").</summary>
internal sealed record PatternCaseDto(string Kind, Guid Id, string Title, DateOnly Date, string Note);

/// <summary>One pattern: the subject's count and rate per 100 tasks beside the peers' median, its setting, and the cases.</summary>
internal sealed record PatternDto(string Code, string Label, int Count, decimal? RatePer100, decimal? PeerMedian, decimal Threshold, bool AboveThreshold,
    IReadOnlyList<PatternCaseDto> Cases);

/// <summary>A transfer-review flag standing in the period (docs/domain.md §10).</summary>
internal sealed record TransferFlagDto(Guid UserId, string Name, DateTime RaisedAt, int Count, int Threshold, DateTime? ClearedAt, string? ClearReason);

/// <summary>Who the subject is compared with: units of the same kind under the same parent (people working in them), by the median.</summary>
internal sealed record PeerGroupDto(string UnitKind, string UnitKindLabel, Guid? ParentId, string? ParentName, int Peers, string Statistic);

internal sealed record PatternsDto(string Subject, Guid Id, string Name, string Period, DateOnly From, DateOnly To, int Tasks, int MinimumTasks,
    PeerGroupDto PeerGroup, IReadOnlyList<PatternDto> Patterns, IReadOnlyList<TransferFlagDto> TransferFlags);

/// <summary>
/// docs/domain.md "Evaluation: patterns and candidates": a person's or a unit's rates of each pattern beside the peers' median, every
/// case listed. Reads Tasks, Chasing, Submissions and Consultations only through their contracts, each once for the subject and all peers.
/// </summary>
internal sealed class PatternsCalculator(ITaskConductFacts tasks, IChaseRecord chase, IOwnCompetenceSubmissions submissions, IConsultationConduct consultations,
    IUnitDirectory units, IPeopleDirectory people, ICalendarService calendar, IOptions<PatternOptions> options, TimeProvider clock)
{
    private PatternOptions O => options.Value;

    public async Task<PatternsDto> ForPersonAsync(Guid userId, IReadOnlyList<PersonPosition> positions, EvaluationPeriod period, CancellationToken ct)
    {
        var today = clock.Today();
        var all = await units.ListAsync(ct);
        var mine = positions.Select(p => p.UnitId).Distinct().ToList();
        var home = all.First(u => u.Id == mine[0]);
        var peerUnits = all.Where(u => InForce(u, today) && mine.Any(m => SameKind(all.First(x => x.Id == m), u))).Select(u => u.Id).ToList();
        var peers = (await people.PeopleInAsync(peerUnits, today, ct)).Select(p => p.UserId).Where(id => id != userId).Distinct().ToList();
        var groups = new List<IReadOnlySet<Guid>> { new HashSet<Guid> { userId } };
        groups.AddRange(peers.Select(p => (IReadOnlySet<Guid>)new HashSet<Guid> { p }));
        var name = positions[0].FullName;
        return await BuildAsync("user", userId, name, home, groups, period, ct);
    }

    public async Task<PatternsDto> ForUnitAsync(Guid unitId, EvaluationPeriod period, CancellationToken ct)
    {
        var today = clock.Today();
        var all = await units.ListAsync(ct);
        var unit = all.First(u => u.Id == unitId);
        var peerUnits = all.Where(u => u.Id != unitId && InForce(u, today) && SameKind(unit, u)).Select(u => u.Id).ToList();
        var groups = new List<IReadOnlySet<Guid>>();
        foreach (var id in new[] { unitId }.Concat(peerUnits))
        {
            var subtree = await units.Subtree(id).ToListAsync(ct);
            groups.Add((await people.PeopleInAsync(subtree, today, ct)).Select(p => p.UserId).ToHashSet());
        }

        return await BuildAsync("unit", unitId, unit.Name, unit, groups, period, ct);
    }

    /// <summary>
    /// For each person alone: the patterns above their setting in the period (with at least <c>MinimumTasks</c> tasks handled) and the
    /// transfer-review flags standing in it. No peers are read: the settings, not the peers, decide "above".
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, (IReadOnlyList<PatternDto> Above, IReadOnlyList<TransferFlagFact> Flags)>> AboveAsync(IReadOnlyList<Guid> userIds,
        EvaluationPeriod period, CancellationToken ct)
    {
        var fromUtc = VietnamTime.StartOfDay(period.From).UtcDateTime;
        var toUtc = VietnamTime.EndOfDay(period.To).UtcDateTime;
        var facts = new ConductFacts(
            await tasks.HandledByAsync(userIds, fromUtc, toUtc, ct),
            await chase.CountedRemindersAsync(userIds, fromUtc, toUtc, ct),
            await submissions.SubmittedByAsync(userIds, fromUtc, toUtc, ct),
            await consultations.GenericAnswersByAsync(userIds, fromUtc, toUtc, ct),
            await consultations.UnrelatedConsultedByAsync(userIds, fromUtc, toUtc, ct));
        var titles = facts.Tasks.ToDictionary(t => t.TaskId, t => t.Title);
        foreach (var kv in await tasks.TitlesAsync(facts.Reminders.Select(r => r.TaskId).Where(t => !titles.ContainsKey(t)).Distinct().ToList(), ct))
        {
            titles[kv.Key] = kv.Value;
        }

        var snapshot = await calendar.GetAsync(ct);
        var settings = new PatternSettings(O.LastDayWorkingDays, O.SerialExtensionsFrom);
        var flags = (await chase.FlagsAsync(userIds, fromUtc, toUtc, ct)).ToLookup(f => f.UserId);
        var result = new Dictionary<Guid, (IReadOnlyList<PatternDto>, IReadOnlyList<TransferFlagFact>)>();
        foreach (var id in userIds.Distinct())
        {
            var t = ShirkingPatterns.Tally(new HashSet<Guid> { id }, facts, fromUtc, toUtc, settings, snapshot.IsWorkingDay, titles);
            var above = PatternCodes.All.Where(code => t.Tasks >= O.MinimumTasks && t.Rate(code) > O.ThresholdOf(code))
                .Select(code => new PatternDto(code, PatternCodes.Label(code), t.Cases[code].Count, t.Rate(code), null, O.ThresholdOf(code), true,
                    t.Cases[code].Select(c => new PatternCaseDto(c.Kind, c.Id, c.Title, c.Date, c.Note)).ToList()))
                .ToList();
            result[id] = (above, flags[id].ToList());
        }

        return result;
    }

    private static bool InForce(UnitDto u, DateOnly today) => (u.ValidFrom is null || u.ValidFrom <= today) && (u.ValidTo is null || u.ValidTo >= today);

    private static bool SameKind(UnitDto a, UnitDto b) => a.Kind == b.Kind && a.ParentId == b.ParentId;

    /// <summary>groups[0] is the subject; the others are its peers.</summary>
    private async Task<PatternsDto> BuildAsync(string subject, Guid id, string name, UnitDto home, List<IReadOnlySet<Guid>> groups, EvaluationPeriod period,
        CancellationToken ct)
    {
        var fromUtc = VietnamTime.StartOfDay(period.From).UtcDateTime;
        var toUtc = VietnamTime.EndOfDay(period.To).UtcDateTime;
        var everyone = groups.SelectMany(g => g).Distinct().ToList();
        var facts = new ConductFacts(
            await tasks.HandledByAsync(everyone, fromUtc, toUtc, ct),
            await chase.CountedRemindersAsync(everyone, fromUtc, toUtc, ct),
            await submissions.SubmittedByAsync(everyone, fromUtc, toUtc, ct),
            await consultations.GenericAnswersByAsync(everyone, fromUtc, toUtc, ct),
            await consultations.UnrelatedConsultedByAsync(everyone, fromUtc, toUtc, ct));
        var titles = facts.Tasks.ToDictionary(t => t.TaskId, t => t.Title);
        var missing = facts.Reminders.Where(r => groups[0].Contains(r.RecipientUserId)).Select(r => r.TaskId).Where(t => !titles.ContainsKey(t)).Distinct().ToList();
        foreach (var kv in await tasks.TitlesAsync(missing, ct))
        {
            titles[kv.Key] = kv.Value;
        }

        var snapshot = await calendar.GetAsync(ct);
        var settings = new PatternSettings(O.LastDayWorkingDays, O.SerialExtensionsFrom);
        var tallies = groups.Select(g => ShirkingPatterns.Tally(g, facts, fromUtc, toUtc, settings, snapshot.IsWorkingDay, titles)).ToList();
        var mine = tallies[0];
        var peerTallies = tallies.Skip(1).Where(t => t.Tasks > 0).ToList();
        var patterns = PatternCodes.All.Select(code =>
        {
            var rate = mine.Rate(code);
            var threshold = O.ThresholdOf(code);
            return new PatternDto(code, PatternCodes.Label(code), mine.Cases[code].Count, rate, ShirkingPatterns.Median(peerTallies.Select(t => t.Rate(code))), threshold,
                mine.Tasks >= O.MinimumTasks && rate > threshold,
                mine.Cases[code].Select(c => new PatternCaseDto(c.Kind, c.Id, c.Title, c.Date, c.Note)).ToList());
        }).ToList();

        var flags = await chase.FlagsAsync(groups[0].ToList(), fromUtc, toUtc, ct);
        var names = await people.NamesAsync(flags.Select(f => f.UserId).Distinct(), ct);
        var parent = home.ParentId is { } pid ? await units.FindAsync(pid, ct) : null;
        return new PatternsDto(subject, id, name, period.Key, period.From, period.To, mine.Tasks, O.MinimumTasks,
            new PeerGroupDto(ApiKind(home.Kind), UnitKinds.Label(home.Kind), home.ParentId, parent?.Name, peerTallies.Count, "median"),
            patterns,
            flags.Select(f => new TransferFlagDto(f.UserId, names.GetValueOrDefault(f.UserId) ?? "", f.RaisedAtUtc, f.Count, f.Threshold, f.ClearedAtUtc, f.ClearReason)).ToList());
    }

    private static string ApiKind(UnitKind kind)
    {
        var s = kind.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
