using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop.Breakdown;

internal sealed record StepLine(int Seq, Guid UnitId, string UnitName, int Dossiers, int WorkingDaysUsed, int WorkingDaysAllowed, int Overran, int LateDossiers);

internal sealed record ProcedureLine(string ProcedureCode, string ProcedureName, int Received, int DoneOnTime, int DoneLate, int InProgressOverdue,
    double? OnTimeRate, IReadOnlyList<StepLine> Steps);

/// <summary>A dossier of the drill-down: judged in the period (returned in it, or overdue at its end), never the applicant's name.</summary>
internal sealed record BreakdownDossier(Guid Id, string Code, DateOnly ReceivedOn, DateOnly DueDate, DateOnly? ReturnedOn, string Status, int WorkingDaysUsed,
    Guid? ChargedUnitId, string? ChargedUnitName);

/// <summary>docs/api.md "One-stop by procedure and step; procedures catalogue". <c>dossiers</c> only when one procedure is asked for.</summary>
internal sealed record OneStopBreakdown(DateOnly From, DateOnly To, IReadOnlyList<ProcedureLine> Procedures, IReadOnlyList<BreakdownDossier>? Dossiers,
    int? DossiersTotal);

/// <summary>
/// The on-time figures of a body and its subtree per procedure, and per step of each procedure the unit that held it, the working days
/// used against those allowed and the late dossiers charged to it (docs/domain.md "One-stop by procedure and
/// step; procedures catalogue"). The counts are those of the body's summary split by procedure, so they add up to it. Visible with ViewWork on the unit, else 404.
/// </summary>
internal sealed class OneStopBreakdownHandler(AppDbContext db, IAccessControl access, IUnitDirectory units, ICalendarService calendar, TimeProvider clock)
{
    /// <summary>At most this many dossiers in a drill-down answer (late ones first); <c>dossiersTotal</c> says how many there are.</summary>
    public const int MaxDossiers = 500;

    public async Task<OneStopBreakdown> HandleAsync(Guid unitId, DateOnly? from, DateOnly? to, string? procedureCode, CancellationToken ct)
    {
        var today = clock.Today();
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        new Validator()
            .Check(start <= end, "from", "Ngày bắt đầu phải trước ngày kết thúc. / from must not be after to.")
            .MaxLength(procedureCode, "procedureCode", "Mã thủ tục", 100)
            .ThrowIfInvalid();
        if (await units.FindAsync(unitId, ct) is null || !await access.HasAsync(Permission.ViewWork, unitId, ct))
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        }

        var asOf = end < today ? end : today;
        var subtree = units.Subtree(unitId);
        var mine = db.Dossiers.AsNoTracking().Where(d => subtree.Contains(d.ReceivingUnitId));
        var code = string.IsNullOrWhiteSpace(procedureCode) ? null : procedureCode.Trim();
        if (code is not null)
        {
            mine = mine.Where(d => d.ProcedureCode == code);
        }

        // Every dossier that counts in the period: received in it, returned in it, or overdue at its end (the summary's three sets).
        var counted = mine.Where(d => (d.ReceivedOn >= start && d.ReceivedOn <= end)
            || (d.ReturnedOn != null && d.ReturnedOn >= start && d.ReturnedOn <= end)
            || (d.ReceivedOn <= asOf && (d.ReturnedOn == null || d.ReturnedOn > asOf) && d.DueDate < asOf));
        var rows = await counted.Select(d => new Row(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.ReceivedOn, d.DueDate, d.ReturnedOn)).ToListAsync(ct);
        var judgedIds = counted.Where(d => (d.ReturnedOn != null && d.ReturnedOn >= start && d.ReturnedOn <= end)
            || (d.ReceivedOn <= asOf && (d.ReturnedOn == null || d.ReturnedOn > asOf) && d.DueDate < asOf)).Select(d => d.Id);
        var steps = (await db.DossierSteps.AsNoTracking().Where(s => judgedIds.Contains(s.DossierId))
                .Select(s => new StepSpan(s.DossierId, s.Seq, s.UnitId, s.StartedOn, s.EndedOn)).ToListAsync(ct))
            .Select(s => s.EndedOn is { } e && e > asOf ? s with { EndedOn = asOf } : s)
            .ToLookup(s => s.DossierId);
        var snapshot = await calendar.GetAsync(ct);

        bool Done(Row d) => d.ReturnedOn is { } r && r >= start && r <= end;
        bool Overdue(Row d) => d.ReceivedOn <= asOf && (d.ReturnedOn is null || d.ReturnedOn > asOf) && d.DueDate < asOf;
        bool Late(Row d) => (Done(d) && d.ReturnedOn > d.DueDate) || Overdue(d);
        JudgedDossier Judged(Row d) => new(d.Id, d.DueDate, Late(d), [.. steps[d.Id]]);

        var lines = rows.GroupBy(d => d.ProcedureCode).Select(g =>
        {
            var onTime = g.Count(d => Done(d) && d.ReturnedOn <= d.DueDate);
            var late = g.Count(d => Done(d) && d.ReturnedOn > d.DueDate);
            var figures = StepBreakdown.Of(g.Where(d => Done(d) || Overdue(d)).Select(Judged), asOf, snapshot.CountWorkingDays);
            return (Code: g.Key, Name: g.OrderByDescending(d => d.ReceivedOn).First().ProcedureName, Received: g.Count(d => d.ReceivedOn >= start && d.ReceivedOn <= end),
                OnTime: onTime, Late: late, Overdue: g.Count(Overdue), Rate: onTime + late == 0 ? (double?)null : Math.Round((double)onTime / (onTime + late), 4), Steps: figures);
        }).ToList();

        var judged = rows.Where(d => Done(d) || Overdue(d)).ToList();
        var charged = code is null ? [] : judged.Where(Late).ToDictionary(d => d.Id, d => LostTime.Charged(steps[d.Id], asOf, snapshot.CountWorkingDays)?.UnitId);
        var names = await units.FindManyAsync([.. lines.SelectMany(l => l.Steps.Select(s => s.UnitId)).Concat(charged.Values.OfType<Guid>()).Distinct()], ct);
        string Name(Guid id) => names.TryGetValue(id, out var u) ? u.Name : "";

        var procedures = lines
            .OrderByDescending(l => l.Late + l.Overdue).ThenBy(l => l.Rate ?? 1).ThenBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new ProcedureLine(l.Code, l.Name, l.Received, l.OnTime, l.Late, l.Overdue, l.Rate,
                [.. l.Steps.Select(s => new StepLine(s.Seq, s.UnitId, Name(s.UnitId), s.Dossiers, s.WorkingDaysUsed, s.WorkingDaysAllowed, s.Overran, s.LateDossiers))]))
            .ToList();
        if (code is null)
        {
            return new OneStopBreakdown(start, end, procedures, null, null);
        }

        var dossiers = judged
            .OrderByDescending(Late).ThenBy(d => d.DueDate).ThenBy(d => d.Code, StringComparer.Ordinal)
            .Take(MaxDossiers)
            .Select(d =>
            {
                var returned = d.ReturnedOn is { } r && r <= asOf ? r : (DateOnly?)null;
                var culprit = charged.GetValueOrDefault(d.Id);
                return new BreakdownDossier(d.Id, d.Code, d.ReceivedOn, d.DueDate, returned, DossierStatus.Of(d.DueDate, returned, asOf),
                    steps[d.Id].Sum(s => LostTime.Held(s, asOf, snapshot.CountWorkingDays)), culprit, culprit is { } c ? Name(c) : null);
            })
            .ToList();
        return new OneStopBreakdown(start, end, procedures, dossiers, judged.Count);
    }

    private sealed record Row(Guid Id, string Code, string ProcedureCode, string ProcedureName, DateOnly ReceivedOn, DateOnly DueDate, DateOnly? ReturnedOn);
}
