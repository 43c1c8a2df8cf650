using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop.Summary;

internal sealed record LostTimeDto(Guid UnitId, string UnitName, int LateDossiers, int WorkingDaysHeld);

/// <summary>
/// docs/api.md "One-stop dossiers": the contract's six figures, then the period and where the time was lost. <c>onTimeRate</c> is
/// a fraction 0–1 of the dossiers finished in the period (null when none finished).
/// </summary>
internal sealed record OneStopSummary(int Received, int DoneOnTime, int DoneLate, int InProgressOverdue, double? OnTimeRate, int ApologyLetters,
    DateOnly From, DateOnly To, IReadOnlyList<LostTimeDto> LostTime);

/// <summary>
/// The on-time figures of a body and its subtree over a period (docs/domain.md "One-stop dossiers"): dossiers received in the period,
/// dossiers whose result was returned in it (on time or late against the receipt's date), dossiers still unreturned and past their
/// due date at the end of the period (or today, if earlier), apology letters issued in it, and the units that held the late ones
/// longest. Visible to whoever sees the unit's work (ViewWork on it); others get 404.
/// </summary>
internal sealed class OneStopSummaryHandler(AppDbContext db, IAccessControl access, IUnitDirectory units, ICalendarService calendar, TimeProvider clock)
{
    public async Task<OneStopSummary> HandleAsync(Guid unitId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        new Validator().Check(start <= end, "from", "Ngày bắt đầu phải trước ngày kết thúc. / from must not be after to.").ThrowIfInvalid();
        if (await units.FindAsync(unitId, ct) is null || !await access.HasAsync(Permission.ViewWork, unitId, ct))
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        }

        var asOf = end < today ? end : today;
        var subtree = units.Subtree(unitId);
        var mine = db.Dossiers.AsNoTracking().Where(d => subtree.Contains(d.ReceivingUnitId));
        var received = await mine.CountAsync(d => d.ReceivedOn >= start && d.ReceivedOn <= end, ct);
        var done = mine.Where(d => d.ReturnedOn != null && d.ReturnedOn >= start && d.ReturnedOn <= end);
        var doneOnTime = await done.CountAsync(d => d.ReturnedOn <= d.DueDate, ct);
        var doneLate = await done.CountAsync(d => d.ReturnedOn > d.DueDate, ct);
        var overdue = mine.Where(d => d.ReceivedOn <= asOf && (d.ReturnedOn == null || d.ReturnedOn > asOf) && d.DueDate < asOf);
        var inProgressOverdue = await overdue.CountAsync(ct);
        var letters = await db.ApologyLetters.AsNoTracking().CountAsync(a => a.IssuedOn >= start && a.IssuedOn <= end && mine.Any(d => d.Id == a.DossierId), ct);

        // Where the time was lost: the steps of the dossiers late in this period, charged to the unit that held each longest.
        var late = done.Where(d => d.ReturnedOn > d.DueDate).Select(d => d.Id).Concat(overdue.Select(d => d.Id));
        var steps = await db.DossierSteps.AsNoTracking().Where(s => late.Contains(s.DossierId))
            .Select(s => new StepSpan(s.DossierId, s.Seq, s.UnitId, s.StartedOn, s.EndedOn)).ToListAsync(ct);
        var snapshot = await calendar.GetAsync(ct);
        var delays = LostTime.Attribute(steps.Select(s => s.EndedOn is { } e && e > asOf ? s with { EndedOn = asOf } : s), asOf, snapshot.CountWorkingDays);
        var names = await units.FindManyAsync([.. delays.Select(x => x.UnitId)], ct);
        var finished = doneOnTime + doneLate;
        return new OneStopSummary(received, doneOnTime, doneLate, inProgressOverdue, finished == 0 ? null : Math.Round((double)doneOnTime / finished, 4), letters,
            start, end, [.. delays.Select(x => new LostTimeDto(x.UnitId, names.TryGetValue(x.UnitId, out var u) ? u.Name : "", x.LateDossiers, x.WorkingDaysHeld))]);
    }
}
