using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.GetConsultation;

/// <summary>
/// One consultation with everything its page shows, in a fixed number of queries whatever the number of consulted units
/// (the consultation, its participants, the caller's scope, unit names, notices, marks, attachments): a request to 60
/// units loads like a request to 3.
/// </summary>
internal sealed class GetConsultationHandler(AppDbContext db, ConsultationAccess consultations, IUnitDirectory units, ICalendarService calendar, TimeProvider clock)
{
    public async Task<ConsultationDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var c = await consultations.LoadAsync(id, ct, tracking: false);
        return await DescribeAsync(c, ct);
    }

    public async Task<ConsultationDetails> DescribeAsync(Consultation c, CancellationToken ct)
    {
        var notices = await db.ConsultationNotices.AsNoTracking().Where(n => n.ConsultationId == c.Id).OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Kind)
            .Select(n => new { n.Id, n.Kind, n.ToUnitId, n.CreatedAtUtc, n.DocumentType, n.Symbol, n.Summary }).ToListAsync(ct);
        var marks = await db.ConsultationMarks.AsNoTracking().Where(m => m.ConsultationId == c.Id)
            .Select(m => new { m.UnitId, m.HeadName }).ToListAsync(ct);
        var attachments = await db.ConsultationAttachments.AsNoTracking().Where(a => a.ConsultationId == c.Id).OrderBy(a => a.FileName)
            .Select(a => new AttachmentSummary(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256)).ToListAsync(ct);
        var ids = c.Participants.Select(p => p.UnitId).Append(c.RequesterUnitId).Concat(notices.Select(n => n.ToUnitId)).Distinct().ToList();
        var names = await units.FindManyAsync(ids, ct);
        string Name(Guid u) => names.TryGetValue(u, out var dto) ? dto.Name : u.ToString();
        var markBy = marks.ToDictionary(m => m.UnitId, m => m.HeadName ?? "(chưa có người đứng đầu)");

        var today = clock.Today();
        var passed = clock.GetUtcNow() >= VietnamTime.EndOfDay(c.DueDate);
        var snapshot = await calendar.GetAsync(ct);
        // Today counts while it is a working day: the period ends at the end of the due day (Civil Code 148).
        var left = passed ? 0 : snapshot.CountWorkingDays(today, c.DueDate) + (snapshot.IsWorkingDay(today) ? 1 : 0);
        var participants = c.Participants.OrderBy(p => Name(p.UnitId), StringComparer.InvariantCulture)
            .Select(p => new ParticipantDetails(
                p.UnitId, Name(p.UnitId), p.Outcome, Outcomes.Label(p.Outcome), p.Reasoning,
                At(p.RespondedAtUtc ?? p.LateRespondedAtUtc),
                p.LateStance is not null || (p.RespondedAtUtc is { } at && VietnamTime.ToVietnam(at) >= VietnamTime.EndOfDay(c.DueDate)),
                p.LateStance is null ? null : new LateAnswer(p.LateStance, p.LateReasoning, VietnamTime.ToVietnam(p.LateRespondedAtUtc!.Value)),
                p.GenericAnswer, p.GenericReason, p.DelayReason, At(p.DelayNotifiedAtUtc), At(p.DeemedAtUtc), p.CompetenceWarning, p.AcknowledgementReason,
                p.Resolution, p.ResolutionNote, markBy.GetValueOrDefault(p.UnitId), p.ReturnReason, p.ReturnCitation))
            .ToList();
        return new ConsultationDetails(
            c.Id, StatusOf(c, passed), c.DueDate, c.Subject, c.Proposal, c.RequesterUnitId, Name(c.RequesterUnitId),
            names.TryGetValue(c.RequesterUnitId, out var req) ? req.ParentId : null, c.MatterCode, c.TaskId, c.RequestedOn, c.WorkingDays, passed, left,
            c.Participants.Count(p => p.CompetenceWarning), participants,
            notices.Select(n => new NoticeSummary(n.Id, n.Kind, n.ToUnitId, Name(n.ToUnitId), VietnamTime.ToVietnam(n.CreatedAtUtc), n.DocumentType, n.Symbol, n.Summary)).ToList(),
            attachments);
    }

    /// <summary><c>open</c> while an answer is still awaited, <c>closed</c> once every unit answered or the period ended and was handled.</summary>
    public static string StatusOf(Consultation c, bool deadlinePassed) =>
        c.Participants.Any(p => p.Outcome == Outcomes.Pending) || (!deadlinePassed && c.Participants.Any(p => p.Outcome == Outcomes.DelayNotified)) ? "open" : "closed";

    private static DateTimeOffset? At(DateTime? utc) => utc is { } u ? VietnamTime.ToVietnam(u) : null;
}
