using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.ListHolidayRules;

internal sealed class ListHolidayRulesHandler(AppDbContext db)
{
    private const string Statute = "Bộ luật Lao động 2019, điều 112";

    public async Task<IReadOnlyList<HolidayRuleResponse>> HandleAsync(CancellationToken ct)
    {
        var builtIn = CalendarRuleSet.Statutory.FixedSolarHolidays
            .Select(h => new HolidayRuleResponse(null, "solar", h.Month, h.Day, h.Name, h.FirstYear, h.LastYear, Statute, true, null))
            .Concat(CalendarRuleSet.Statutory.LunarHolidays
                .Select(h => new HolidayRuleResponse(null, "lunar", h.Month, h.Day, h.Name, h.FirstYear, h.LastYear, Statute, true, null)));
        var added = await db.CalendarHolidayRules.AsNoTracking().OrderBy(r => r.CreatedAtUtc).ToListAsync(ct);
        return builtIn.Concat(added.Select(ToResponse)).ToList();
    }

    public static HolidayRuleResponse ToResponse(HolidayRuleRecord r) =>
        new(r.Id, r.Kind == HolidayRuleKind.Lunar ? "lunar" : "solar", r.Month, r.Day, r.Name, r.FirstYear, r.LastYear, r.LegalBasis, false, r.CalendarVersion);
}
