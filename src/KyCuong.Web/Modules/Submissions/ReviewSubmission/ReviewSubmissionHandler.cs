using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Modules.Submissions.SubmitSubmission;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Submissions.ReviewSubmission;

/// <summary>
/// The superior's office reviews what was sent (docs/domain.md §9): it returns a submission that misses procedure, quality or
/// competence, asking for completion (the clock stops while it is back with the sender), or accepts it. A competence
/// return cites the catalogue entry that places the matter elsewhere.
/// </summary>
internal sealed class ReviewSubmissionHandler(
    AppDbContext db, SubmissionAccess access, SubmissionSteps steps, ICompetenceCatalogue catalogue, IPeopleDirectory people, AuditLog audit, INotifier notifier,
    TimeProvider clock, ICurrentUser currentUser)
{
    public static readonly string[] ReturnReasons = ["procedure", "quality", "competence"];

    public async Task<SubmissionStepResponse> ReturnAsync(Guid id, ReturnSubmissionRequest request, CancellationToken ct)
    {
        var reason = request.Reason?.Trim().ToLowerInvariant();
        var v = new Validator()
            .Require(reason, "reason", "Lý do trả lại (procedure, quality, competence)", 20)
            .Require(request.Note, "note", "Nội dung đề nghị hoàn thiện", 4000);
        if (!string.IsNullOrEmpty(reason))
        {
            v.Check(ReturnReasons.Contains(reason), "reason", "Lý do trả lại phải là procedure (thủ tục), quality (chất lượng) hoặc competence (thẩm quyền). / reason must be procedure, quality or competence.");
        }

        // docs/domain.md §9: a return for competence cites the competence catalogue.
        if (reason == "competence" && request.CatalogueEntryId is null)
        {
            v.Add("catalogueEntryId", "Trả lại vì thẩm quyền phải dẫn mục trong danh mục thẩm quyền. / A competence return must cite a catalogue entry.");
        }

        v.ThrowIfInvalid();
        CompetenceLink? cited = null;
        if (request.CatalogueEntryId is { } entryId)
        {
            cited = await catalogue.FindEntryAsync(entryId, ct)
                ?? throw RequestValidationException.For("catalogueEntryId", "Mục thẩm quyền không tồn tại. / The catalogue entry does not exist.");
        }

        var s = await LoadForOfficeAsync(id, ct);
        s.Return();
        var ev = await steps.AddAsync(s, SubmissionEventKind.Returned, reason, request.Note!.Trim(), cited?.EntryId, ct);
        audit.Record(SubmissionAudit.Entity, s.Id, SubmissionAudit.Returned,
            new { reason, catalogueEntryId = cited?.EntryId, citation = cited is null ? null : $"{cited.MatterName} — {cited.LegalBasis}", s.ReturnCount },
            request.Note.Trim());
        await NotifySenderAsync(s, ev.Sequence, $"Tờ trình bị trả lại ({SubmissionDto.ReturnReasonLabel(reason)}): {s.Title}", request.Note.Trim(), ct);
        await db.SaveChangesAsync(ct);
        return new SubmissionStepResponse(s.Id, SubmissionDto.StatusName(s.Status), s.ReturnCount, await steps.ClockAsync(s.Id, ct));
    }

    public async Task<SubmissionStepResponse> AcceptAsync(Guid id, CancellationToken ct)
    {
        var s = await LoadForOfficeAsync(id, ct);
        var ev = await steps.AddAsync(s, SubmissionEventKind.Accepted, null, null, null, ct);
        s.Accept(ev.AtUtc);
        audit.Record(SubmissionAudit.Entity, s.Id, SubmissionAudit.Accepted, new { s.ToUnitId, s.ReturnCount });
        await NotifySenderAsync(s, ev.Sequence, $"Tờ trình đã được tiếp nhận: {s.Title}", "Văn phòng đã tiếp nhận tờ trình để trình lãnh đạo xem xét, quyết định.", ct);
        await db.SaveChangesAsync(ct);
        return new SubmissionStepResponse(s.Id, SubmissionDto.StatusName(s.Status), s.ReturnCount, await steps.ClockAsync(s.Id, ct));
    }

    private async Task<Submission> LoadForOfficeAsync(Guid id, CancellationToken ct)
    {
        var s = await access.LoadAsync(id, ct);
        if (s.Status == SubmissionStatus.Draft || !await access.CanReviewAsync(s.ToUnitId, ct))
        {
            // The sender sees its own submission but is not the office that reviews it; a clerk of the office sees it but does not decide.
            throw new ForbiddenException("Chỉ lãnh đạo và chuyên viên thẩm định của Văn phòng cấp nhận tờ trình được trả lại hoặc tiếp nhận. / Only the receiving office's leaders and reviewing specialists may return or accept.");
        }

        return s;
    }

    private async Task NotifySenderAsync(Submission s, int sequence, string subject, string body, CancellationToken ct)
    {
        var recipients = new HashSet<Guid>();
        if (s.CreatedByUserId != Guid.Empty)
        {
            recipients.Add(s.CreatedByUserId);
        }

        if (await people.HeadOfAsync(s.SubmitterUnitId, clock.Today(), ct) is { } head)
        {
            recipients.Add(head.UserId);
        }

        recipients.Remove(currentUser.UserId ?? Guid.Empty);
        foreach (var person in recipients)
        {
            notifier.Notify(new NotificationRequest(person, NotificationCategories.Submission, subject, body, $"/Submissions/Details/{s.Id}", $"submission:{s.Id}:{sequence}:{person}"));
        }
    }
}
