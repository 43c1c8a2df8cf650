using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.GetPeriod;

/// <summary>docs/api.md: the period's cut-off dates and deadline and, for each reporting unit the caller may see, its report's status.</summary>
internal sealed record PeriodResponse(Guid RegimeId, string Period, DateOnly From, DateOnly To, DateOnly DueDate, bool Opened, IReadOnlyList<PeriodUnitRow> Units);

/// <summary>
/// <see cref="WorkingDaysLate"/>: working days past the deadline (to today when not submitted, to the submission day otherwise);
/// <see cref="Reminders"/>: the ladder steps sent about the late report, the last at <see cref="LastRemindedAt"/> (Vietnam time).
/// </summary>
internal sealed record PeriodUnitRow(Guid UnitId, string Name, string Status, Guid? ReportId, DateOnly? SubmittedOn, string? DocumentNumber, int WorkingDaysLate,
    int Reminders = 0, DateTimeOffset? LastRemindedAt = null);

/// <summary>
/// The tracking table of one period (docs/domain.md "Reports"). Once the period has begun (its first day has come) every reporting
/// unit has a report, a draft pre-filled from live data: the first reader opens the period, a concurrent second one finds the reports
/// the first created (one report per unit and period, a unique index).
/// </summary>
internal sealed class GetPeriodHandler(AppDbContext db, ReportAccess reportAccess, ReportOpener opener, ReportingUnits reporting, ICalendarService calendar,
    IUnitDirectory units, TimeProvider clock)
{
    public async Task<PeriodResponse> HandleAsync(Guid regimeId, string periodKey, CancellationToken ct)
    {
        var regime = await reportAccess.LoadRegimeAsync(regimeId, ct);
        var readable = await reportAccess.ReadableUnitsAsync(regime, ct);
        if (readable.Count == 0)
        {
            throw ReportAccess.RegimeNotFound();
        }

        if (!ReportPeriod.TryParse(periodKey, regime.Periodicity, out var period, out var error))
        {
            throw RequestValidationException.For("period", error);
        }

        var cal = await calendar.GetAsync(ct);
        var due = period!.DueDate(cal.Calendar, regime.DueWorkingDays);
        var today = clock.Today();
        var opened = today >= period.From;
        if (opened)
        {
            await opener.OpenAsync(regime, await reporting.OfAsync(regime, ct), period, due, ct);
        }

        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.RegimeId == regimeId && r.Period == period.Key && readable.Contains(r.UnitId))
            .ToDictionaryAsync(r => r.UnitId, ct);
        var reportIds = reports.Values.Select(r => r.Id).ToList();
        var reminders = (await db.ReportReminders.AsNoTracking().Where(x => reportIds.Contains(x.ReportId))
                .GroupBy(x => x.ReportId).Select(g => new { ReportId = g.Key, Steps = g.Select(x => x.Step).Distinct().Count(), Last = g.Max(x => x.AtUtc) })
                .ToListAsync(ct))
            .ToDictionary(x => x.ReportId);
        var names = await units.FindManyAsync([.. readable], ct);
        var rows = readable
            .Select(u =>
            {
                reports.TryGetValue(u, out var r);
                var status = r?.Status(today) ?? "notStarted";
                var late = r?.SubmittedOn is { } on ? (on > due ? cal.CountWorkingDays(due, on) : 0) : today > due ? cal.CountWorkingDays(due, today) : 0;
                var sent = r is not null ? reminders.GetValueOrDefault(r.Id) : null;
                return new PeriodUnitRow(u, names.TryGetValue(u, out var n) ? n.Name : "", status, r?.Id, r?.SubmittedOn, r?.DocumentNumber, late,
                    sent?.Steps ?? 0, sent is null ? null : VietnamTime.ToVietnam(sent.Last));
            })
            .OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true))
            .ToList();
        return new PeriodResponse(regime.Id, period.Key, period.From, period.To, due, opened, rows);
    }
}
