using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.OneStop.Apology;

/// <summary><c>{"reason","newDueDate"}</c>: why the dossier is late and the new appointment date.</summary>
internal sealed record RecordApologyRequest(string? Reason, DateOnly? NewDueDate);

internal sealed record RecordApologyResponse(Guid Id, int Number, DateOnly IssuedOn, DateOnly NewDueDate, string DocumentUrl);

/// <summary>
/// Records the apology and new appointment letter (form 04) of a dossier that is or will be late (docs/domain.md "One-stop
/// dossiers"), issued in the name of the unit holding it. The new date is after the date already promised and on a working day
/// (a day off moves to the next working day: Civil Code 2015 art. 148(5)); a dossier gets at most OneStop:MaxApologyLetters letters.
/// The dossier stays late in the counts: the letter changes the appointment, not the time limit.
/// </summary>
internal sealed class RecordApologyHandler(
    AppDbContext db, DossierAccess access, ICalendarService calendar, AuditLog audit, ICurrentUser user, TimeProvider clock, IOptions<OneStopOptions> options)
{
    public async Task<RecordApologyResponse> HandleAsync(Guid id, RecordApologyRequest r, CancellationToken ct)
    {
        new Validator()
            .Require(r.Reason, "reason", "Lý do chậm trễ", 2000)
            .Check(r.NewDueDate is not null, "newDueDate", "Cần ngày hẹn trả kết quả mới. / newDueDate is required.")
            .ThrowIfInvalid();
        var d = await access.LoadAsync(id, ct);
        await access.EnsureActingAsync(d, ct);
        if (d.IsReturned)
        {
            d.Apologise(r.NewDueDate!.Value); // throws the 409
        }

        var max = options.Value.MaxApologyLetters;
        if (d.ApologyCount >= max)
        {
            throw new DomainException(DossierErrors.ApologyLimit,
                $"Hồ sơ đã được hẹn lại {d.ApologyCount} lần, tối đa {max} lần. / The dossier already has {d.ApologyCount} apology letter(s), the most allowed.");
        }

        var today = clock.Today();
        var snapshot = await calendar.GetAsync(ct);
        var newDate = snapshot.OnWorkingDay(r.NewDueDate!.Value);
        var promised = d.PromisedDate ?? d.DueDate;
        if (newDate <= promised || newDate < today)
        {
            throw RequestValidationException.For("newDueDate",
                $"Ngày hẹn mới phải sau ngày hẹn đã ghi ({promised:dd/MM/yyyy}) và không trước hôm nay. / newDueDate must be after the date already promised.");
        }

        var letter = new ApologyLetter(Guid.CreateVersion7(), d.Id, d.ApologyCount + 1, d.CurrentUnitId, today, ReceiveDossier.ReceiveDossierHandler.Clean(r.Reason)!,
            newDate, user.UserId, clock.GetUtcNow().UtcDateTime);
        d.Apologise(newDate);
        db.ApologyLetters.Add(letter);
        audit.Record(OneStopAudit.Entity, d.Id, OneStopAudit.Apologised, new { letterId = letter.Id, letter.Seq, newDueDate = newDate, issuingUnitId = letter.IssuingUnitId });
        await db.SaveChangesAsync(ct);
        return new RecordApologyResponse(letter.Id, letter.Seq, letter.IssuedOn, newDate, $"/api/v1/one-stop/dossiers/{d.Id}/apologies/{letter.Id}/docx");
    }
}
