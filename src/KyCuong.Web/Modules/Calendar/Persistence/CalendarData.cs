using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.Persistence;

/// <summary>Reads the stored rules and decisions and builds the working calendar from them (1900–2100, under 1 ms).</summary>
internal static class CalendarData
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    public static Task<int> StoredVersionAsync(AppDbContext db, CancellationToken ct) =>
        db.CalendarStates.AsNoTracking().Where(s => s.Id == Domain.CalendarState.SingletonId).Select(s => s.Version).FirstOrDefaultAsync(ct);

    public static async Task<CalendarSnapshot> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        // Version, data, version again: an edit committing between the reads would label old data with a new version
        // (or the reverse); read until both agree. Provider-neutral, no isolation level needed.
        for (int attempt = 0; ; attempt++)
        {
            int before = await StoredVersionAsync(db, ct);
            var (rules, decisions) = await LoadInputsAsync(db, ct);
            int after = await StoredVersionAsync(db, ct);
            if (before == after || attempt >= 4)
            {
                return new CalendarSnapshot(after, Build(rules, decisions));
            }
        }
    }

    public static async Task<(CalendarRuleSet Rules, IReadOnlyList<YearDecision> Decisions)> LoadInputsAsync(AppDbContext db, CancellationToken ct)
    {
        var ruleRows = await db.CalendarHolidayRules.AsNoTracking().OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).ToListAsync(ct);
        var decisionRows = await db.CalendarYearDecisions.AsNoTracking().OrderBy(d => d.Year).ToListAsync(ct);
        var rules = CalendarRuleSet.Statutory;
        foreach (var r in ruleRows)
        {
            rules = r.AddTo(rules);
        }

        return (rules, decisionRows.Select(d => d.ToDecision()).ToList());
    }

    public static WorkingCalendar Build(CalendarRuleSet rules, IEnumerable<YearDecision> decisions) =>
        WorkingCalendar.Build(rules, decisions, FirstYear, LastYear);
}
