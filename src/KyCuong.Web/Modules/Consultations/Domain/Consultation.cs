namespace KyCuong.Web.Modules.Consultations.Domain;

/// <summary>
/// A request for opinions (lấy ý kiến, docs/domain.md §8): a requester unit asks directly concerned units to answer a proposal in
/// writing by a working-day deadline; silence after the deadline counts as agreement (Công điện 968 §1.d).
/// </summary>
public sealed class Consultation
{
    public Guid Id { get; set; }

    public string Subject { get; set; } = "";

    public string Proposal { get; set; } = "";

    public Guid RequesterUnitId { get; set; }

    public Guid? RequestedByUserId { get; set; }

    public string? MatterCode { get; set; }

    public Guid? TaskId { get; set; }

    /// <summary>The trigger date (Vietnam time): a working-day period counts from the day after it.</summary>
    public DateOnly RequestedOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The last day to answer; the period ends at the end of that day, Vietnam time (Civil Code 147–148).</summary>
    public DateOnly DueDate { get; set; }

    public int? WorkingDays { get; set; }

    /// <summary>Set by the deadline job when it handled the end of the period (claimed with a conditional update: exactly once).</summary>
    public DateTime? DeadlineHandledAtUtc { get; set; }

    public List<ConsultationParticipant> Participants { get; set; } = [];
}

/// <summary>One consulted unit and its answer.</summary>
public sealed class ConsultationParticipant
{
    public Guid Id { get; set; }

    public Guid ConsultationId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>One of <see cref="Outcomes"/>; a concurrency token, so two answers never both win.</summary>
    public string Outcome { get; set; } = Outcomes.Pending;

    public string? Reasoning { get; set; }

    public DateTime? RespondedAtUtc { get; set; }

    public Guid? RespondedByUserId { get; set; }

    public bool GenericAnswer { get; set; }

    public string? GenericReason { get; set; }

    public string? DelayReason { get; set; }

    public DateTime? DelayNotifiedAtUtc { get; set; }

    public DateTime? DeemedAtUtc { get; set; }

    /// <summary>An answer after the deadline ended: kept, but it changes neither the deemed agreement nor the mark (docs/domain.md §8).</summary>
    public string? LateStance { get; set; }

    public string? LateReasoning { get; set; }

    public DateTime? LateRespondedAtUtc { get; set; }

    /// <summary>
    /// docs/domain.md §9: a consulted body that finds the matter outside its competence returns it at once, with the reason and
    /// the competence catalogue's entry for who is competent (kept as text too, should the entry later change).
    /// </summary>
    public string? ReturnReason { get; set; }

    public Guid? ReturnCatalogueEntryId { get; set; }

    public string? ReturnCitation { get; set; }

    public DateTime? ReturnedAtUtc { get; set; }

    /// <summary>docs/domain.md §8: the unit has no competence link to the matter; the requester acknowledged it with a reason.</summary>
    public bool CompetenceWarning { get; set; }

    public string? AcknowledgementReason { get; set; }

    /// <summary>For a disagreement: <c>none</c>, <c>reconciled</c> or <c>escalated</c>.</summary>
    public string Resolution { get; set; } = Resolutions.None;

    public string? ResolutionNote { get; set; }

    public DateOnly? ResolutionDate { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    public Guid? ResolvedByUserId { get; set; }
}

/// <summary>A draft outgoing document (Nghị định 30/2020/NĐ-CP form) issued when the deadline passed: unnumbered until registration.</summary>
public sealed class ConsultationNotice
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
public sealed class ResponsibilityMark
{
    public Guid Id { get; set; }

    public Guid ConsultationId { get; set; }

    public Guid UnitId { get; set; }

    public Guid? HeadUserId { get; set; }

    public string? HeadName { get; set; }

    public string Reason { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

public sealed class ConsultationAttachment
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

public static class Outcomes
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

public static class Stances
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

public static class Resolutions
{
    public const string None = "none";
    public const string Reconciled = "reconciled";
    public const string Escalated = "escalated";
}

public static class NoticeKinds
{
    public const string DeemedAgreement = "deemedAgreement";
    public const string ReportToSuperior = "reportToSuperior";
}
