using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Modules.Calendar.ListHolidayRules;
using KyCuong.Web.Modules.Calendar.Persistence;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.AddHolidayRule;

/// <summary>
/// Adds a standing holiday as data (docs/domain.md §13: e.g. 24 Nov, "Ngày Văn hóa Việt Nam", once enacted). A holiday on a
/// weekend then gives a compensatory day (Labour Code 2019 art. 111.3). Deadlines already given keep their dates.
/// </summary>
internal sealed class AddHolidayRuleHandler(AppDbContext db, IAccessControl access, AuditLog audit, TimeProvider clock, ICurrentUser currentUser)
{
    public async Task<HolidayRuleResponse> HandleAsync(AddHolidayRuleRequest r, CancellationToken ct)
    {
        await access.EnsureCanManageAsync(ct);
        var v = new Validator();
        var kind = r.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "solar" => HolidayRuleKind.Solar,
            "lunar" => HolidayRuleKind.Lunar,
            _ => (HolidayRuleKind?)null,
        };
        v.Check(kind is not null, "kind", "Loại ngày lễ phải là 'solar' (dương lịch) hoặc 'lunar' (âm lịch). / kind is solar or lunar.");
        v.Check(r.Month is >= 1 and <= 12, "month", "Tháng phải từ 1 đến 12. / month must be 1–12.");
        // A solar 29 Feb rule is allowed (skipped in common years); a lunar month has at most 30 days.
        int maxDay = kind == HolidayRuleKind.Lunar ? 30 : r.Month is >= 1 and <= 12 ? DateTime.DaysInMonth(2000, r.Month.Value) : 31;
        v.Check(r.Day is >= 1 && r.Day <= maxDay, "day", $"Ngày phải từ 1 đến {maxDay}. / day must be 1–{maxDay}.");
        v.Require(r.Name, "name", "Tên ngày lễ", 200);
        v.Check(r.FirstYear is >= CalendarData.FirstYear and <= CalendarData.LastYear, "firstYear",
            $"Năm bắt đầu áp dụng phải từ {CalendarData.FirstYear} đến {CalendarData.LastYear}. / firstYear must be {CalendarData.FirstYear}–{CalendarData.LastYear}.");
        v.Check(r.LastYear is null || (r.LastYear >= r.FirstYear && r.LastYear <= CalendarData.LastYear), "lastYear",
            "Năm cuối áp dụng phải không trước năm bắt đầu. / lastYear must not be before firstYear.");
        v.Require(r.LegalBasis, "legalBasis", "Căn cứ pháp lý", 500);
        v.ThrowIfInvalid();

        int month = r.Month!.Value, day = r.Day!.Value, first = r.FirstYear!.Value;
        var (rules, decisions) = await CalendarData.LoadInputsAsync(db, ct);
        var added = await db.CalendarHolidayRules.AsNoTracking().ToListAsync(ct);
        bool statutory = kind == HolidayRuleKind.Solar
            ? rules.FixedSolarHolidays.Any(h => h.Month == month && h.Day == day && first <= (h.LastYear ?? int.MaxValue) && h.FirstYear <= (r.LastYear ?? int.MaxValue))
            : rules.LunarHolidays.Any(h => h.Month == month && h.Day == day && first <= (h.LastYear ?? int.MaxValue) && h.FirstYear <= (r.LastYear ?? int.MaxValue));
        if (statutory || added.Any(a => a.Overlaps(kind!.Value, month, day, first, r.LastYear)))
        {
            throw new DomainException("calendar.ruleExists", "Đã có ngày lễ vào ngày này trong các năm đó. / A holiday rule already covers this date in those years.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var state = await db.CalendarStates.FirstOrDefaultAsync(ct);
        if (state is null)
        {
            state = new CalendarState(0, now);
            db.CalendarStates.Add(state);
        }

        int version = state.Bump(now);
        var rule = new HolidayRuleRecord(Guid.CreateVersion7(), kind!.Value, month, day, r.Name!.Trim().Normalize(), first, r.LastYear,
            r.LegalBasis!.Trim().Normalize(), version, now, currentUser.UserName ?? "system");
        try
        {
            CalendarData.Build(rule.AddTo(rules), decisions);
        }
        catch (ArgumentException e)
        {
            throw RequestValidationException.For("day", $"Ngày lễ mâu thuẫn với lịch: {e.Message} / The rule contradicts the calendar.");
        }

        db.CalendarHolidayRules.Add(rule);
        var response = ListHolidayRulesHandler.ToResponse(rule);
        audit.Record(CalendarAudit.HolidayRuleEntity, rule.Id, CalendarAudit.RuleAdded, new { rule = response, calendarVersion = version }, $"Căn cứ: {rule.LegalBasis}");
        await db.SaveChangesAsync(ct);
        return response;
    }
}
