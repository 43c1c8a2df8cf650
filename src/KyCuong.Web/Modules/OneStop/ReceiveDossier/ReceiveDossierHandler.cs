using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.OneStop.ReceiveDossier;

/// <summary>docs/api.md "One-stop dossiers": <c>{"code","procedureCode","procedureName"?,"timeLimitWorkingDays"?,"receivedAt"?,"receivingUnitId","handlingUnitId"?,"applicantName"?,"source"?}</c>.</summary>
internal sealed record ReceiveDossierRequest(string? Code, string? ProcedureCode, string? ProcedureName, int? TimeLimitWorkingDays, DateTimeOffset? ReceivedAt,
    Guid? ReceivingUnitId, Guid? HandlingUnitId, string? ApplicantName, string? Source);

internal sealed record ReceiveDossierResponse(Guid Id, string Code, DateOnly DueDate, string Status);

/// <summary>
/// Receives a dossier at the counter or from the one-stop system (docs/domain.md "One-stop dossiers"): the due date is the time limit
/// in working days after the day of receipt on the working calendar; the first step is at the handling unit (the receiving body when
/// none is named). The procedure code must name a published procedure of the catalogue (docs/domain.md "Procedures: simplification
/// plans and the 766 index"), whose name and time limit apply when the request gives none. A code already stored is refused with 409
/// and nothing changes.
/// </summary>
internal sealed class ReceiveDossierHandler(
    AppDbContext db, DossierAccess access, IUnitDirectory units, ICalendarService calendar, AuditLog audit, ICurrentUser user, TimeProvider clock,
    IOptions<OneStopOptions> options, IProcedureCatalogue procedures)
{
    internal static readonly string UnknownProcedure =
        "Mã thủ tục không có trong danh mục thủ tục hành chính đã công bố. / procedureCode is not a published procedure of the catalogue.";

    public async Task<ReceiveDossierResponse> HandleAsync(ReceiveDossierRequest r, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var max = options.Value.MaxTimeLimitWorkingDays;
        new Validator()
            .Require(r.Code, "code", "Mã hồ sơ", 100)
            .Require(r.ProcedureCode, "procedureCode", "Mã thủ tục", 50)
            .MaxLength(r.ProcedureName, "procedureName", "Tên thủ tục", 500)
            .Check(r.TimeLimitWorkingDays is null || (r.TimeLimitWorkingDays >= 1 && r.TimeLimitWorkingDays <= max), "timeLimitWorkingDays",
                $"Thời hạn giải quyết từ 1 đến {max} ngày làm việc. / timeLimitWorkingDays must be 1 to {max}.")
            .Check(r.ReceivedAt is null || r.ReceivedAt <= now, "receivedAt", "Thời điểm tiếp nhận không được ở tương lai. / receivedAt is in the future.")
            .Check(r.ReceivingUnitId is { } u && u != Guid.Empty, "receivingUnitId", "Cần cơ quan tiếp nhận. / receivingUnitId is required.")
            .MaxLength(r.ApplicantName, "applicantName", "Tổ chức, cá nhân nộp hồ sơ", 200)
            .Check(r.Source is null or DossierSources.Counter or DossierSources.Api, "source", "Nguồn là counter hoặc api. / source must be counter or api.")
            .ThrowIfInvalid();
        var procedure = await procedures.FindPublishedAsync(r.ProcedureCode!, ct) ?? throw RequestValidationException.For("procedureCode", UnknownProcedure);
        var days = r.TimeLimitWorkingDays ?? procedure.TimeLimitWorkingDays;
        if (days is not { } limit || limit < 1 || limit > max)
        {
            throw RequestValidationException.For("timeLimitWorkingDays",
                $"Thời hạn giải quyết từ 1 đến {max} ngày làm việc. / timeLimitWorkingDays must be 1 to {max}.");
        }

        var receivedAt = VietnamTime.ToVietnam(r.ReceivedAt ?? now);
        var receivedOn = DateOnly.FromDateTime(receivedAt.DateTime);
        var receiving = await units.FindAsync(r.ReceivingUnitId!.Value, ct);
        if (receiving is null || !await access.CanReceiveAsync(receiving.Id, ct))
        {
            throw RequestValidationException.For("receivingUnitId",
                "Bạn không tiếp nhận hồ sơ cho cơ quan này. / You do not receive dossiers for this body.");
        }

        var handling = r.HandlingUnitId is { } h ? await units.FindAsync(h, ct) : receiving;
        if (handling is null || (handling.ValidTo is { } end && end < receivedOn))
        {
            throw RequestValidationException.For("handlingUnitId", "Không có đơn vị xử lý này. / No such handling unit.");
        }

        var code = Clean(r.Code)!;
        if (await db.Dossiers.AnyAsync(d => d.Code == code, ct))
        {
            throw new DomainException(DossierErrors.DuplicateCode, $"Đã có hồ sơ mã \"{code}\". / A dossier with this code exists.");
        }

        var snapshot = await calendar.GetAsync(ct);
        var due = snapshot.DueAfterWorkingDays(receivedOn, limit);
        var dossier = new Dossier(Guid.CreateVersion7(), code, procedure.Code, Clean(r.ProcedureName) ?? procedure.Name, limit,
            receivedAt.UtcDateTime, receivedOn, due, receiving.Id, handling.Id, Clean(r.ApplicantName), r.Source ?? DossierSources.Api, now.UtcDateTime);
        db.Dossiers.Add(dossier);
        db.DossierSteps.Add(new DossierStep(Guid.CreateVersion7(), dossier.Id, 1, handling.Id, receivedOn, receivedAt.UtcDateTime, null, user.UserId));
        audit.Record(OneStopAudit.Entity, dossier.Id, OneStopAudit.Received,
            new { dossier.Code, receivingUnitId = receiving.Id, handlingUnitId = handling.Id, dueDate = due, calendarVersion = snapshot.Version });
        await db.SaveChangesAsync(ct);
        return new ReceiveDossierResponse(dossier.Id, dossier.Code, due, dossier.StatusOn(clock.Today()));
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();
}
