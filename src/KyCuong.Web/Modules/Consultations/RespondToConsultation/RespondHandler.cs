using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Consultations.RespondToConsultation;

/// <summary>docs/api.md: <c>{"unitId","stance":"agree"|"agreeWithConditions"|"disagree","reasoning"}</c>.</summary>
internal sealed record RespondRequest(Guid? UnitId, string? Stance, string? Reasoning);

/// <summary>201: the participant's outcome, whether the answer came late, and the generic-answer flag.</summary>
internal sealed record RespondResponse(Guid UnitId, string Outcome, bool LateResponse, bool GenericAnswer, string? GenericReason);

internal sealed class RespondHandler(
    AppDbContext db, ConsultationAccess consultations, AuditLog audit, INotifier notifier, IPeopleDirectory people, ICurrentUser currentUser,
    TimeProvider clock, IOptions<ConsultationOptions> options)
{
    public async Task<RespondResponse> HandleAsync(Guid id, RespondRequest r, CancellationToken ct)
    {
        var outcome = Stances.ToOutcome(r.Stance);
        var v = new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị trả lời. / unitId is required.")
            .Check(outcome is not null, "stance",
                "Cần nêu rõ quan điểm: agree, agreeWithConditions hoặc disagree. / stance must be agree, agreeWithConditions or disagree.")
            // docs/domain.md §8: agreeing with conditions and disagreeing must give reasons.
            .Check(outcome is null or Outcomes.Agreed || !string.IsNullOrWhiteSpace(r.Reasoning), "reasoning",
                "Cần nêu lý do khi nhất trí có điều kiện hoặc không nhất trí. / reasoning is required for agreeWithConditions and disagree.")
            .MaxLength(r.Reasoning, "reasoning", "Ý kiến", 8000);
        v.ThrowIfInvalid();

        var c = await consultations.LoadAsync(id, ct);
        var unitId = r.UnitId!.Value;
        var p = c.Participants.FirstOrDefault(x => x.UnitId == unitId)
            ?? throw new DomainException("consultation.notConsulted", "Đơn vị này không được lấy ý kiến. / That unit is not consulted.");
        if (!(await consultations.AnswerableUnitsAsync(c, ct)).Contains(unitId))
        {
            throw new ForbiddenException("Bạn không thể trả lời thay đơn vị khác. / You may not answer for another unit.");
        }

        var o = options.Value;
        var now = clock.GetUtcNow();
        var reasoning = string.IsNullOrWhiteSpace(r.Reasoning) ? null : r.Reasoning.Trim().Normalize();
        // Civil Code 147–148: the period ends at the end of the due day, Vietnam time; an answer at 16:59 of that day counts.
        var late = now >= VietnamTime.EndOfDay(c.DueDate);
        // A silent unit answering after the period ended but before the deadline job ran stays pending (the job deems it
        // agreed); the participant keeps its answer as a late one (docs/domain.md §8).
        var judged = GenericAnswerPolicy.Judge(r.Stance!, reasoning, o.GenericMinLength, o.Phrases);
        var lateAnswer = p.Answer(outcome!, r.Stance!, reasoning, judged, now, c.DueDate, currentUser.UserId);
        var generic = p.GenericAnswer;
        var genericReason = p.GenericReason;
        if (lateAnswer)
        {
            audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.LateAnswer, new { unitId, stance = r.Stance, reasoning });
        }
        else
        {
            audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.Answered, new { unitId, stance = r.Stance, reasoning, genericAnswer = generic, genericReason, late });
        }

        await NotifyRequesterAsync(c, unitId, lateAnswer, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another answer or the deadline job changed the row first (the outcome is a concurrency token).
            throw new DomainException("consultation.alreadyAnswered", "Đơn vị đã trả lời. / That unit has already answered.");
        }

        return new RespondResponse(unitId, p.Outcome, lateAnswer || late, generic, genericReason);
    }

    private async Task NotifyRequesterAsync(Consultation c, Guid unitId, bool late, CancellationToken ct)
    {
        var head = await people.HeadOfAsync(c.RequesterUnitId, clock.Today(), ct);
        var to = c.RequestedByUserId ?? head?.UserId;
        if (to is { } userId)
        {
            notifier.Notify(new NotificationRequest(userId, NotificationCategories.Consultation,
                late ? $"Ý kiến trả lời muộn: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}" : $"Đã có ý kiến trả lời: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}",
                late ? "Một đơn vị đã trả lời sau khi hết hạn; ý kiến được lưu, không thay đổi việc được coi là nhất trí." : "Một đơn vị được lấy ý kiến đã trả lời.",
                $"/Consultations/Details/{c.Id}", $"consultation:{c.Id}:answer:{unitId}:{(late ? "late" : "ontime")}"));
        }
    }
}
