using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.OneStop.GetDossier;

internal sealed record DossierStepDto(int Seq, Guid UnitId, string UnitName, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int WorkingDaysHeld, string? Note);

internal sealed record ApologyLetterDto(Guid Id, int Number, DateOnly IssuedOn, string Reason, DateOnly NewDueDate, string DocumentUrl);

internal sealed record DossierDetails(Guid Id, string Code, string ProcedureCode, string ProcedureName, int TimeLimitWorkingDays, DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn, DateOnly DueDate, DateOnly? PromisedDate, Guid ReceivingUnitId, string ReceivingUnitName, Guid CurrentUnitId, string CurrentUnitName,
    string? ApplicantName, string Status, DateOnly? ReturnedOn, string? ResultNote, string Source, IReadOnlyList<DossierStepDto> Steps,
    IReadOnlyList<ApologyLetterDto> ApologyLetters, bool CanAct);

/// <summary>One dossier with its steps (working days each unit held it), its apology letters and whether the caller may act on it.</summary>
internal sealed class GetDossierHandler(AppDbContext db, DossierAccess access, IUnitDirectory units, ICalendarService calendar, TimeProvider clock)
{
    public async Task<DossierDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var d = await access.LoadAsync(id, ct);
        return await DescribeAsync(d, ct);
    }

    public async Task<DossierDetails> DescribeAsync(Dossier d, CancellationToken ct)
    {
        var today = clock.Today();
        var steps = await db.DossierSteps.AsNoTracking().Where(s => s.DossierId == d.Id).OrderBy(s => s.Seq).ToListAsync(ct);
        var letters = await db.ApologyLetters.AsNoTracking().Where(a => a.DossierId == d.Id).OrderBy(a => a.Seq).ToListAsync(ct);
        var names = await units.FindManyAsync([.. steps.Select(s => s.UnitId).Append(d.ReceivingUnitId).Append(d.CurrentUnitId).Distinct()], ct);
        var snapshot = await calendar.GetAsync(ct);
        string Name(Guid u) => names.TryGetValue(u, out var x) ? x.Name : "";
        int Held(DossierStep s)
        {
            var end = s.EndedOn ?? d.ReturnedOn ?? today;
            return end <= s.StartedOn ? 0 : snapshot.CountWorkingDays(s.StartedOn, end);
        }

        return new DossierDetails(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.TimeLimitWorkingDays, VietnamTime.ToVietnam(d.ReceivedAtUtc), d.ReceivedOn,
            d.DueDate, d.PromisedDate, d.ReceivingUnitId, Name(d.ReceivingUnitId), d.CurrentUnitId, Name(d.CurrentUnitId), d.ApplicantName, d.StatusOn(today),
            d.ReturnedOn, d.ResultNote, d.Source,
            [.. steps.Select(s => new DossierStepDto(s.Seq, s.UnitId, Name(s.UnitId), VietnamTime.ToVietnam(s.StartedAtUtc),
                s.EndedAtUtc is { } e ? VietnamTime.ToVietnam(e) : null, Held(s), s.Note))],
            [.. letters.Select(a => new ApologyLetterDto(a.Id, a.Seq, a.IssuedOn, a.Reason, a.NewDueDate, $"/api/v1/one-stop/dossiers/{d.Id}/apologies/{a.Id}/docx"))],
            await access.CanActAsync(d, ct));
    }
}
