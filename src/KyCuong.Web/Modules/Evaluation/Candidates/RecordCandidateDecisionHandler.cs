using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Evaluation.Candidates;

/// <summary>docs/api.md: <c>{"userId","year","kind","form","decisionNumber","date","note"}</c>.</summary>
internal sealed record RecordCandidateDecisionRequest(Guid? UserId, int? Year, string? Kind, string? Form, string? DecisionNumber, DateOnly? Date, string? Note);

/// <summary>
/// The leader records what they decided about a listed person (docs/domain.md "Evaluation: patterns and candidates"): the unit's managers
/// or the personnel office above it; anyone else 404; nobody records a decision about themself (403). Audited.
/// </summary>
internal sealed class RecordCandidateDecisionHandler(AppDbContext db, EvaluationAccess access, IPeopleDirectory people, AuditLog audit, TimeProvider clock)
{
    public const string DecisionRecorded = "candidateDecisionRecorded";

    public async Task<CandidateDecisionDto> HandleAsync(Guid unitId, RecordCandidateDecisionRequest r, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var today = clock.Today();
        var members = (await people.PeopleInAsync([unitId], today, ct)).Where(p => p.UnitId == unitId).Select(p => p.UserId).ToHashSet();
        new Validator()
            .Check(r.UserId is { } u && members.Contains(u), "userId", "Người được quyết định phải đang công tác tại đơn vị. / userId must be a person working in the unit.")
            .Check(r.Year is >= 2000 and <= 2100, "year", "Năm phải từ 2000 đến 2100. / year must be 2000–2100.")
            .Check(CandidateForms.IsKind(r.Kind), "kind", "Loại quyết định là commendation hoặc review. / kind must be commendation or review.")
            .Check(!CandidateForms.IsKind(r.Kind) || CandidateForms.IsForm(r.Kind, r.Form), "form",
                $"Hình thức không hợp lệ; cho phép: {(CandidateForms.IsKind(r.Kind) ? string.Join(", ", CandidateForms.Of(r.Kind!).Keys) : "theo loại quyết định")}. / form is not one of the kind's forms.")
            .Require(r.DecisionNumber, "decisionNumber", "Số quyết định", 100)
            .Check(r.Date is { } d && d <= today && d.Year >= 2000, "date", "Ngày quyết định là bắt buộc và không sau hôm nay. / date is required and not in the future.")
            .MaxLength(r.Note, "note", "Ghi chú", 2000)
            .ThrowIfInvalid();
        if (r.UserId == access.CallerId)
        {
            throw new ForbiddenException("Không tự ghi quyết định về chính mình. / Nobody records a decision about themself.");
        }

        var decision = new CandidateDecision(Guid.CreateVersion7(), unitId, r.UserId!.Value, r.Year!.Value, r.Kind!, r.Form!, r.DecisionNumber!.Trim().Normalize(), r.Date!.Value,
            string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim().Normalize(), access.CallerId, clock.GetUtcNow().UtcDateTime);
        db.EvaluationCandidateDecisions.Add(decision);
        audit.Record(EvaluationAudit.Entity, decision.UserId, DecisionRecorded,
            new { id = decision.Id, unitId, year = decision.Year, kind = decision.Kind, form = decision.Form, decisionNumber = decision.DecisionNumber, date = decision.DecidedOn },
            decision.Note);
        await db.SaveChangesAsync(ct);
        var byName = access.CallerId is { } me ? (await people.NamesAsync([me], ct)).GetValueOrDefault(me) : null;
        return CandidatesHandler.ToDto(decision, byName);
    }
}
