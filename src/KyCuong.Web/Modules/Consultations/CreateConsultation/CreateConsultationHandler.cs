using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Uploads;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Consultations.CreateConsultation;

internal sealed record CompetenceAcknowledgement(Guid? UnitId, string? Reason);

/// <summary>
/// docs/api.md: <c>{"subject","proposal","requesterUnitId","consultedUnitIds":[],"dueDate"? | "workingDays"?}</c>; extensions:
/// <c>matterCode</c>, <c>taskId</c>, <c>attachments</c> (name, content as base64) and <c>competenceAcknowledgements</c>.
/// </summary>
internal sealed record CreateConsultationRequest(
    [property: SingleLine] string? Subject,
    string? Proposal,
    Guid? RequesterUnitId,
    IReadOnlyList<Guid>? ConsultedUnitIds,
    [property: Deadline] DateOnly? DueDate,
    int? WorkingDays,
    string? MatterCode = null,
    Guid? TaskId = null,
    IReadOnlyList<AttachmentInput>? Attachments = null,
    IReadOnlyList<CompetenceAcknowledgement>? CompetenceAcknowledgements = null);

/// <summary>docs/api.md: <c>201 {"id","dueDate"}</c>, plus the number of competence warnings acknowledged.</summary>
internal sealed record CreateConsultationResponse(Guid Id, DateOnly DueDate, int CompetenceWarnings);

/// <summary>A consulted unit without a competence link to the matter, not acknowledged with a reason.</summary>
internal sealed record UnacknowledgedUnit(Guid UnitId, string UnitName);

/// <summary>409 <c>consultation.competenceUnacknowledged</c>: the endpoint lists the units in the problem.</summary>
internal sealed class CompetenceUnacknowledgedException(IReadOnlyList<UnacknowledgedUnit> units) : Exception(
    "Các đơn vị sau không có liên hệ thẩm quyền với loại việc; cần nêu lý do lấy ý kiến từng đơn vị: "
    + string.Join(", ", units.Select(u => u.UnitName))
    + ". / These units have no competence link to the matter; give a reason for consulting each of them.")
{
    public const string Code = "consultation.competenceUnacknowledged";

    public IReadOnlyList<UnacknowledgedUnit> Units { get; } = units;
}

internal sealed class CreateConsultationHandler(
    AppDbContext db, IAccessControl access, IUnitDirectory units, ICalendarService calendar, IDeadlineLedger ledger,
    ICompetenceCatalogue competence, AuditLog audit, INotifier notifier, IPeopleDirectory people, ICurrentUser currentUser,
    ITaskDeadlines tasks, TimeProvider clock, IOptions<ConsultationOptions> options)
{
    public const int MaxConsultedUnits = 500;

    public async Task<CreateConsultationResponse> HandleAsync(CreateConsultationRequest r, CancellationToken ct)
    {
        var o = options.Value;
        var today = clock.Today();
        var snapshot = await calendar.GetAsync(ct);
        var consulted = r.ConsultedUnitIds ?? [];
        var v = new Validator()
            .Require(r.Subject, "subject", "Trích yếu", 1000)
            .Require(r.Proposal, "proposal", "Nội dung đề xuất", 8000)
            .Check(r.RequesterUnitId is { } ru && ru != Guid.Empty, "requesterUnitId", "Cần đơn vị lấy ý kiến. / requesterUnitId is required.")
            .Check(consulted.Count > 0, "consultedUnitIds", "Cần ít nhất một đơn vị được lấy ý kiến. / At least one consulted unit is required.")
            .Check(consulted.Count <= MaxConsultedUnits, "consultedUnitIds", $"Tối đa {MaxConsultedUnits} đơn vị. / At most {MaxConsultedUnits} units.")
            .Check(consulted.All(u => u != Guid.Empty), "consultedUnitIds", "Đơn vị được lấy ý kiến không hợp lệ. / Invalid consulted unit.")
            .Check(consulted.Distinct().Count() == consulted.Count, "consultedUnitIds",
                "Mỗi đơn vị chỉ được nêu một lần. / Each consulted unit may appear only once.")
            .Check(r.RequesterUnitId is null || !consulted.Contains(r.RequesterUnitId.Value), "consultedUnitIds",
                "Đơn vị lấy ý kiến không tự lấy ý kiến chính mình. / The requester unit cannot consult itself.")
            .Check(r.DueDate is null || r.WorkingDays is null, "dueDate",
                "Chỉ nêu hạn theo ngày hoặc theo số ngày làm việc, không cả hai. / Give either dueDate or workingDays, not both.")
            .Check(r.WorkingDays is null || (r.WorkingDays >= 1 && r.WorkingDays <= o.MaxWorkingDays), "workingDays",
                $"Số ngày làm việc phải từ 1 đến {o.MaxWorkingDays}. / workingDays must be between 1 and {o.MaxWorkingDays}.")
            // Civil Code 147–148 via docs/domain.md §7: the answer period ends at the end of a working day that has not passed yet.
            .Check(r.DueDate is null || r.DueDate >= today, "dueDate", "Hạn trả lời không được ở quá khứ. / dueDate cannot be in the past.")
            .Check(r.DueDate is null || r.DueDate < today || snapshot.IsWorkingDay(r.DueDate.Value), "dueDate",
                "Hạn trả lời phải là ngày làm việc. / dueDate must be a working day.")
            .MaxLength(r.MatterCode, "matterCode", "Mã loại việc", 100);
        var attachments = ReadAttachments(v, r.Attachments, o);
        v.ThrowIfInvalid();

        var requesterId = r.RequesterUnitId!.Value;
        var requester = await units.FindAsync(requesterId, ct)
            ?? throw RequestValidationException.For("requesterUnitId", "Đơn vị lấy ý kiến không tồn tại. / The requester unit does not exist.");
        if (!await access.HasAsync(Permission.AssignWork, requesterId, ct) && !await access.HasAsync(Permission.HandleWork, requesterId, ct))
        {
            throw new ForbiddenException("Bạn không có quyền lấy ý kiến thay đơn vị này. / You may not consult on behalf of this unit.");
        }

        if (!InForce(requester, today))
        {
            throw new DomainException("consultation.requesterNotInForce", "Đơn vị lấy ý kiến không còn hoạt động. / The requester unit is no longer in force.");
        }

        var found = await units.FindManyAsync(consulted.ToList(), ct);
        var missing = consulted.Where(u => !found.ContainsKey(u)).ToList();
        if (missing.Count > 0)
        {
            throw RequestValidationException.For("consultedUnitIds",
                $"Đơn vị không tồn tại: {string.Join(", ", missing)}. / These consulted units do not exist.");
        }

        var ended = found.Values.Where(u => !InForce(u, today)).ToList();
        if (ended.Count > 0)
        {
            throw new DomainException("consultation.unitNotInForce",
                $"Đơn vị không còn hoạt động: {string.Join(", ", ended.Select(u => u.Name))}. / These consulted units are no longer in force.");
        }

        string? matterCode = null;
        var warnings = new Dictionary<Guid, string>();
        if (!string.IsNullOrWhiteSpace(r.MatterCode))
        {
            var matter = await competence.FindMatterAsync(r.MatterCode.Trim(), ct)
                ?? throw RequestValidationException.For("matterCode", "Loại việc không có trong danh mục thẩm quyền. / Unknown matter code.");
            matterCode = matter.Code;

            // docs/domain.md §8 (seed 002 §4): consult only the bodies directly concerned; a body without a competence link needs a reason.
            var links = await competence.LinksOfAsync(consulted.ToList(), matter.Code, ct);
            var reasons = (r.CompetenceAcknowledgements ?? [])
                .Where(a => a.UnitId is not null && !string.IsNullOrWhiteSpace(a.Reason))
                .GroupBy(a => a.UnitId!.Value)
                .ToDictionary(g => g.Key, g => g.First().Reason!.Trim().Normalize());
            var unacknowledged = new List<UnacknowledgedUnit>();
            foreach (var unitId in consulted.Where(u => !links.ContainsKey(u)))
            {
                if (reasons.TryGetValue(unitId, out var reason))
                {
                    if (reason.Length > 2000)
                    {
                        throw RequestValidationException.For("competenceAcknowledgements", "Lý do dài quá 2000 ký tự. / The reason is longer than 2000 characters.");
                    }

                    warnings[unitId] = reason;
                }
                else
                {
                    unacknowledged.Add(new UnacknowledgedUnit(unitId, found[unitId].Name));
                }
            }

            if (unacknowledged.Count > 0)
            {
                throw new CompetenceUnacknowledgedException(unacknowledged);
            }
        }

        if (r.TaskId is { } taskId)
        {
            await EnsureTaskVisibleAsync(taskId, ct);
        }

        int? workingDays = r.DueDate is null ? r.WorkingDays ?? o.DefaultWorkingDays : null;
        // docs/domain.md §7: N working days count from the day after the trigger (today in Vietnam) on the working calendar.
        var due = r.DueDate ?? snapshot.DueAfterWorkingDays(today, workingDays!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new Consultation(Guid.CreateVersion7(), r.Subject!.Trim().Normalize(), r.Proposal!.Trim().Normalize(), requesterId, currentUser.UserId,
            matterCode, r.TaskId, today, now, due, workingDays);
        foreach (var unitId in consulted)
        {
            c.Consult(unitId, warnings.ContainsKey(unitId), warnings.GetValueOrDefault(unitId));
        }

        db.Consultations.Add(c);
        foreach (var a in attachments)
        {
            a.ConsultationId = c.Id;
            a.CreatedAtUtc = now;
            db.ConsultationAttachments.Add(a);
        }

        if (workingDays is { } n)
        {
            await ledger.RecordAsync(ConsultationAudit.DeadlineOwnerType, c.Id, today, n, due, ct);
        }

        audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.Requested, new
        {
            c.Subject,
            requesterUnitId = requesterId,
            consultedUnitIds = consulted,
            dueDate = due,
            workingDays,
            matterCode,
            competenceWarnings = warnings.Select(w => new { unitId = w.Key, reason = w.Value }),
            taskId = r.TaskId,
            attachments = attachments.Select(a => new { a.FileName, a.Size, a.Sha256 }),
        });

        // Each consulted unit's head learns of the request in the same unit of work (through the outbox).
        var heads = await people.PeopleInAsync(consulted.ToList(), today, ct);
        foreach (var head in heads.Where(p => (p.Roles & (OrgRole.Leader | OrgRole.DeputyLeader)) != 0).GroupBy(p => p.UnitId).Select(g => g.OrderBy(p => (p.Roles & OrgRole.Leader) != 0 ? 0 : 1).First()))
        {
            notifier.Notify(new NotificationRequest(head.UserId, NotificationCategories.Consultation,
                $"Đề nghị tham gia ý kiến: {Shorten(c.Subject)}",
                $"{requester.Name} đề nghị {found[head.UnitId].Name} tham gia ý kiến, hạn trả lời {due:dd/MM/yyyy}. Quá hạn không trả lời được coi là nhất trí (Công điện 968/CĐ-TTg §1.d).",
                $"/Consultations/Details/{c.Id}", $"consultation:{c.Id}:requested:{head.UnitId}"));
        }

        await db.SaveChangesAsync(ct);
        return new CreateConsultationResponse(c.Id, due, warnings.Count);
    }

    internal static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";

    private static bool InForce(UnitDto unit, DateOnly date) =>
        (unit.ValidFrom is null || unit.ValidFrom <= date) && (unit.ValidTo is null || date <= unit.ValidTo);

    private static List<ConsultationAttachment> ReadAttachments(Validator v, IReadOnlyList<AttachmentInput>? inputs, ConsultationOptions o) =>
        AttachmentDecoder.Decode(v, inputs, o.MaxAttachments, o.MaxAttachmentBytes).Select(a => new ConsultationAttachment
        {
            Id = Guid.CreateVersion7(),
            FileName = a.FileName,
            ContentType = a.ContentType,
            Size = a.Content.Length,
            Sha256 = a.Sha256,
            Content = a.Content,
        }).ToList();

    /// <summary>A linked task must be one the caller can see: its lead or assigning unit is within the caller's ViewWork scope.</summary>
    private async Task EnsureTaskVisibleAsync(Guid taskId, CancellationToken ct)
    {
        // Through the Tasks read contract: the tasks table belongs to the Tasks module.
        var task = await tasks.FindAsync(taskId, ct);
        var taskUnits = task is null ? [] : new[] { task.LeadUnitId, task.AssignerUnitId };
        foreach (var u in taskUnits)
        {
            if (await access.HasAsync(Permission.ViewWork, u, ct))
            {
                return;
            }
        }

        throw RequestValidationException.For("taskId", "Nhiệm vụ không tồn tại hoặc bạn không được xem. / The task does not exist or is not visible to you.");
    }
}
