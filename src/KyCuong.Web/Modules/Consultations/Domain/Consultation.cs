using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Consultations.Domain;

/// <summary>
/// A request for opinions (lấy ý kiến, docs/domain.md §8): a requester unit asks directly concerned units to answer a proposal in
/// writing by a working-day deadline; silence after the deadline counts as agreement (Công điện 968 §1.d).
/// </summary>
internal sealed class Consultation
{
    /// <summary>For EF.</summary>
    private Consultation()
    {
    }

    public Consultation(Guid id, string subject, string proposal, Guid requesterUnitId, Guid? requestedByUserId, string? matterCode, Guid? taskId,
        DateOnly requestedOn, DateTime createdAtUtc, DateOnly dueDate, int? workingDays)
    {
        Id = id;
        Subject = subject;
        Proposal = proposal;
        RequesterUnitId = requesterUnitId;
        RequestedByUserId = requestedByUserId;
        MatterCode = matterCode;
        TaskId = taskId;
        RequestedOn = requestedOn;
        CreatedAtUtc = createdAtUtc;
        DueDate = dueDate;
        WorkingDays = workingDays;
    }

    public Guid Id { get; private set; }

    public string Subject { get; private set; } = "";

    public string Proposal { get; private set; } = "";

    public Guid RequesterUnitId { get; private set; }

    public Guid? RequestedByUserId { get; private set; }

    public string? MatterCode { get; private set; }

    public Guid? TaskId { get; private set; }

    /// <summary>The trigger date (Vietnam time): a working-day period counts from the day after it.</summary>
    public DateOnly RequestedOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The last day to answer; the period ends at the end of that day, Vietnam time (Civil Code 147–148).</summary>
    public DateOnly DueDate { get; private set; }

    public int? WorkingDays { get; private set; }

    /// <summary>Set by the deadline job when it handled the end of the period (claimed with a conditional update: exactly once).</summary>
    public DateTime? DeadlineHandledAtUtc { get; private set; }

    public List<ConsultationParticipant> Participants { get; private set; } = [];

    /// <summary>Asks one more directly concerned unit; a unit without a competence link carries the requester's acknowledgement (docs/domain.md §8).</summary>
    public ConsultationParticipant Consult(Guid unitId, bool competenceWarning, string? acknowledgementReason)
    {
        if (Participants.Any(p => p.UnitId == unitId))
        {
            throw new DomainException("consultation.alreadyConsulted", "Đơn vị này đã được lấy ý kiến. / That unit is already consulted.");
        }

        var p = new ConsultationParticipant(Guid.CreateVersion7(), Id, unitId, competenceWarning, acknowledgementReason);
        Participants.Add(p);
        return p;
    }

    /// <summary>
    /// docs/domain.md §7: an administrator's audited re-computation moves the due date, unless the period was already handled
    /// (deemed agreements issued). Returns the previous date, or null when nothing moved.
    /// </summary>
    public DateOnly? Recompute(DateOnly newDue)
    {
        if (DeadlineHandledAtUtc is not null || DueDate == newDue)
        {
            return null;
        }

        var previous = DueDate;
        DueDate = newDue;
        return previous;
    }
}

/// <summary>One consulted unit and its answer.</summary>
internal sealed class ConsultationParticipant
{
    /// <summary>For EF.</summary>
    private ConsultationParticipant()
    {
    }

    internal ConsultationParticipant(Guid id, Guid consultationId, Guid unitId, bool competenceWarning, string? acknowledgementReason)
    {
        Id = id;
        ConsultationId = consultationId;
        UnitId = unitId;
        CompetenceWarning = competenceWarning;
        AcknowledgementReason = acknowledgementReason;
    }

    public Guid Id { get; private set; }

    public Guid ConsultationId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>One of <see cref="Outcomes"/>; a concurrency token, so two answers never both win.</summary>
    public string Outcome { get; private set; } = Outcomes.Pending;

    public string? Reasoning { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    public Guid? RespondedByUserId { get; private set; }

    public bool GenericAnswer { get; private set; }

    public string? GenericReason { get; private set; }

    public string? DelayReason { get; private set; }

    public DateTime? DelayNotifiedAtUtc { get; private set; }

    public DateTime? DeemedAtUtc { get; private set; }

    /// <summary>An answer after the deadline ended: kept, but it changes neither the deemed agreement nor the mark (docs/domain.md §8).</summary>
    public string? LateStance { get; private set; }

    public string? LateReasoning { get; private set; }

    public DateTime? LateRespondedAtUtc { get; private set; }

    /// <summary>
    /// docs/domain.md §9: a consulted body that finds the matter outside its competence returns it at once, with the reason and
    /// the competence catalogue's entry for who is competent (kept as text too, should the entry later change).
    /// </summary>
    public string? ReturnReason { get; private set; }

    public Guid? ReturnCatalogueEntryId { get; private set; }

    public string? ReturnCitation { get; private set; }

    public DateTime? ReturnedAtUtc { get; private set; }

    /// <summary>docs/domain.md §8: the unit has no competence link to the matter; the requester acknowledged it with a reason.</summary>
    public bool CompetenceWarning { get; private set; }

    public string? AcknowledgementReason { get; private set; }

    /// <summary>For a disagreement: <c>none</c>, <c>reconciled</c> or <c>escalated</c>.</summary>
    public string Resolution { get; private set; } = Resolutions.None;

    public string? ResolutionNote { get; private set; }

    public DateOnly? ResolutionDate { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public Guid? ResolvedByUserId { get; private set; }
    /// <summary>
    /// The unit answers with a stance (docs/domain.md §8). Before the end of the due day, Vietnam time (Civil Code arts.
    /// 147–148), or after its delay notice, it is the answer. Once the period has ended while it was silent, or once it was
    /// deemed to agree, the answer is kept as a late answer that undoes neither the deemed agreement nor the mark.
    /// Returns true for a late answer.
    /// </summary>
    public bool Answer(string outcome, string stance, string? reasoning, string? genericReason, DateTimeOffset now, DateOnly dueDate, Guid? byUserId)
    {
        var late = now >= VietnamTime.EndOfDay(dueDate);
        if (Outcome == Outcomes.DeemedAgreed || (Outcome == Outcomes.Pending && late))
        {
            if (LateStance is not null)
            {
                throw AlreadyAnswered();
            }

            LateStance = stance;
            LateReasoning = reasoning;
            LateRespondedAtUtc = now.UtcDateTime;
            RespondedByUserId = byUserId;
            return true;
        }

        if (Outcome is not (Outcomes.Pending or Outcomes.DelayNotified))
        {
            throw AlreadyAnswered();
        }

        Outcome = outcome;
        Reasoning = reasoning;
        RespondedAtUtc = now.UtcDateTime;
        RespondedByUserId = byUserId;
        GenericAnswer = genericReason is not null;
        GenericReason = genericReason;
        return false;
    }

    /// <summary>docs/domain.md §8: a unit that cannot answer in time says so, before the deadline and before answering.</summary>
    public void NotifyDelay(string reason, DateTimeOffset now, DateOnly dueDate)
    {
        if (now >= VietnamTime.EndOfDay(dueDate))
        {
            throw new DomainException("consultation.deadlinePassed",
                "Đã hết hạn trả lời: chỉ được báo chậm trước khi hết hạn. / The deadline has passed: a delay notice must come before it.");
        }

        if (Outcome != Outcomes.Pending)
        {
            throw new DomainException("consultation.alreadyAnswered", "Đơn vị đã trả lời hoặc đã báo chậm. / That unit has already answered or given notice.");
        }

        Outcome = Outcomes.DelayNotified;
        DelayReason = reason;
        DelayNotifiedAtUtc = now.UtcDateTime;
    }

    /// <summary>
    /// docs/domain.md §9: a matter outside the unit's competence is returned at once, before the deadline, citing the catalogue;
    /// a returned request is never deemed agreed (docs/adr/0007-consultations-and-competence.md).
    /// </summary>
    public void Return(string reason, Guid catalogueEntryId, string citation, DateTimeOffset now, DateOnly dueDate)
    {
        if (now >= VietnamTime.EndOfDay(dueDate))
        {
            throw new DomainException("consultation.deadlinePassed",
                "Đã hết hạn trả lời: phải trả lại ngay khi nhận, trước khi hết hạn. / The deadline has passed: a return must come before it.");
        }

        if (Outcome != Outcomes.Pending)
        {
            throw new DomainException("consultation.alreadyAnswered", "Đơn vị đã trả lời, đã báo chậm hoặc đã trả lại. / That unit has already answered, given notice or returned it.");
        }

        Outcome = Outcomes.Returned;
        ReturnReason = reason;
        ReturnCatalogueEntryId = catalogueEntryId;
        ReturnCitation = citation;
        ReturnedAtUtc = now.UtcDateTime;
    }

    /// <summary>docs/domain.md §8: a disagreement is reconciled by the requester or decided by its superior, and recorded.</summary>
    public void Resolve(string kind, DateOnly date, string note, DateTime atUtc, Guid? byUserId)
    {
        if (Outcome != Outcomes.Disagreed)
        {
            throw new DomainException("consultation.notDisagreed", "Đơn vị này không có ý kiến không nhất trí. / That unit did not disagree.");
        }

        Resolution = kind;
        ResolutionDate = date;
        ResolutionNote = note;
        ResolvedAtUtc = atUtc;
        ResolvedByUserId = byUserId;
    }

    private static DomainException AlreadyAnswered() => new("consultation.alreadyAnswered", "Đơn vị đã trả lời. / That unit has already answered.");
}

/// <summary>A draft outgoing document (Nghị định 30/2020/NĐ-CP form) issued when the deadline passed: unnumbered until registration.</summary>
internal sealed class ConsultationNotice
{
    public Guid Id { get; set; }

    public Guid ConsultationId { get; set; }

    /// <summary><c>deemedAgreement</c> (to a silent unit) or <c>reportToSuperior</c>.</summary>
    public string Kind { get; set; } = "";

    public Guid ToUnitId { get; set; }

    public string IssuerSuperiorName { get; set; } = "";

    public string IssuerName { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public string Symbol { get; set; } = "";

    public string PlaceAndDate { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";

    public string Recipients { get; set; } = "";

    public string SignerPosition { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The silent unit answers for its silence (docs/domain.md §8): a responsibility mark against its head.</summary>
internal sealed class ResponsibilityMark
{
    public Guid Id { get; set; }

    public Guid ConsultationId { get; set; }

    public Guid UnitId { get; set; }

    public Guid? HeadUserId { get; set; }

    public string? HeadName { get; set; }

    public string Reason { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class ConsultationAttachment
{
    public Guid Id { get; set; }

    public Guid ConsultationId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }
}

internal static class Outcomes
{
    public const string Pending = "pending";
    public const string Agreed = "agreed";
    public const string AgreedWithConditions = "agreedWithConditions";
    public const string Disagreed = "disagreed";
    public const string DeemedAgreed = "deemedAgreed";
    public const string DelayNotified = "delayNotified";
    public const string Returned = "returned";

    public static string Label(string outcome) => outcome switch
    {
        Pending => "Chưa trả lời",
        Agreed => "Nhất trí",
        AgreedWithConditions => "Nhất trí có điều kiện",
        Disagreed => "Không nhất trí",
        DeemedAgreed => "Được coi là nhất trí (không trả lời đúng hạn)",
        DelayNotified => "Đã báo chậm trả lời",
        Returned => "Trả lại: không thuộc thẩm quyền",
        _ => outcome,
    };
}

internal static class Stances
{
    public const string Agree = "agree";
    public const string AgreeWithConditions = "agreeWithConditions";
    public const string Disagree = "disagree";

    public static string? ToOutcome(string? stance) => stance switch
    {
        Agree => Outcomes.Agreed,
        AgreeWithConditions => Outcomes.AgreedWithConditions,
        Disagree => Outcomes.Disagreed,
        _ => null,
    };
}

internal static class Resolutions
{
    public const string None = "none";
    public const string Reconciled = "reconciled";
    public const string Escalated = "escalated";
}

internal static class NoticeKinds
{
    public const string DeemedAgreement = "deemedAgreement";
    public const string ReportToSuperior = "reportToSuperior";
}
