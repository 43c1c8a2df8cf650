using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Evaluation.RecordDiscipline;

/// <summary>docs/api.md: <c>{"form","decisionNumber","date","reason"}</c>.</summary>
internal sealed record RecordDisciplineRequest(string? Form, string? DecisionNumber, DateOnly? Date, string? Reason);

internal sealed record DisciplineResponse(Guid Id, Guid UserId, string Form, string DecisionNumber, DateOnly Date, string Reason, string ForcedReason);

/// <summary>
/// Records a discipline decided by the competent person (Nghị định 172/2025): every form it takes is khiển trách or heavier, so the
/// year of the decision is graded "Không hoàn thành nhiệm vụ" (Nghị định 335/2025). The system records; it does not decide.
/// </summary>
internal sealed class RecordDisciplineHandler(AppDbContext db, EvaluationAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<DisciplineResponse> HandleAsync(Guid userId, RecordDisciplineRequest r, CancellationToken ct)
    {
        var today = clock.Today();
        new Validator()
            .Check(DisciplineRecord.TryParse(r.Form, out var form), "form",
                "Hình thức kỷ luật là reprimand, warning, dismissalFromPost hoặc forcedResignation. / form must be reprimand, warning, dismissalFromPost or forcedResignation.")
            .Require(r.DecisionNumber, "decisionNumber", "Số quyết định kỷ luật", 100)
            .Check(r.Date is { } d && d <= today && d.Year >= 2000, "date", "Ngày quyết định là bắt buộc và không sau hôm nay. / date is required and not in the future.")
            .Require(r.Reason, "reason", "Lý do kỷ luật", 4000)
            .ThrowIfInvalid();
        await access.EnsureCanRecordDisciplineAsync(userId, ct);

        var record = new DisciplineRecord(Guid.CreateVersion7(), userId, form, r.DecisionNumber!.Trim().Normalize(), r.Date!.Value, r.Reason!.Trim().Normalize(),
            access.CallerId, clock.GetUtcNow().UtcDateTime);
        db.EvaluationDiscipline.Add(record);
        audit.Record(EvaluationAudit.Entity, userId, EvaluationAudit.DisciplineRecorded,
            new { id = record.Id, form = DisciplineRecord.ApiName(form), decisionNumber = record.DecisionNumber, date = record.DecidedOn }, record.Reason);
        await db.SaveChangesAsync(ct);
        return new DisciplineResponse(record.Id, userId, DisciplineRecord.ApiName(form), record.DecisionNumber, record.DecidedOn, record.Reason, record.ForcedReason());
    }
}
