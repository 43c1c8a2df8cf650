namespace KyCuong.Web.Modules.Submissions.Domain;

/// <summary>
/// A submission (tờ trình) from a unit to a unit above it (docs/domain.md §9): legal basis, competence, the submitting body's
/// view and a recommendation; with two or more options the chosen one and the reason; the consultation results as a snapshot
/// taken when it was drafted. It travels Draft → Submitted → (Returned → Submitted)* → Accepted, and only its methods move it:
/// the sender edits and sends while it is with the sender, the superior's office returns or accepts while it is with the office.
/// </summary>
internal sealed class Submission
{
    /// <summary>For EF.</summary>
    private Submission()
    {
    }

    public Submission(Guid id, Guid submitterUnitId, Guid createdByUserId, DateTime createdAtUtc)
    {
        Id = id;
        SubmitterUnitId = submitterUnitId;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = createdAtUtc;
        Status = SubmissionStatus.Draft;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public Guid SubmitterUnitId { get; private set; }

    public Guid ToUnitId { get; private set; }

    public string? MatterCode { get; private set; }

    public string LegalBasis { get; private set; } = "";

    public string Competence { get; private set; } = "";

    public string SubmitterView { get; private set; } = "";

    public string Recommendation { get; private set; } = "";

    /// <summary>The options as JSON (<c>[{"label","description"}]</c>): they are read and written only with the submission.</summary>
    public string OptionsJson { get; private set; } = "[]";

    public int? ChosenOptionIndex { get; private set; }

    public string? ChoiceReason { get; private set; }

    public Guid? ConsultationId { get; private set; }

    /// <summary>The consultation's results when attached (JSON): each unit's outcome, deemed agreements, resolved disagreements.</summary>
    public string? ConsultationSnapshotJson { get; private set; }

    /// <summary>docs/domain.md §9 "do not push up": the catalogue says the submitting unit decides this matter itself.</summary>
    public bool OwnCompetence { get; private set; }

    public Guid? OwnCompetenceEntryId { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? FirstSubmittedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public int ReturnCount { get; private set; }

    /// <summary>Draft, or returned for completion: the sender may edit and send it.</summary>
    public bool IsWithSender => Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    /// <summary>
    /// Writes the content. Only while it is with the sender; the submitting unit never changes; with two or more options the
    /// chosen one and the reason are required (docs/domain.md §9, seed 001 §8), a single option is chosen by itself.
    /// </summary>
    public void Revise(string title, Guid toUnitId, string? matterCode, string legalBasis, string competence, string submitterView, string recommendation,
        string optionsJson, int optionCount, int? chosenOptionIndex, string? choiceReason, Guid? consultationId, string? consultationSnapshotJson,
        Guid? ownCompetenceEntryId, bool ownCompetence)
    {
        if (!IsWithSender)
        {
            throw new DomainException("submission.notWithSender",
                "Tờ trình đang ở Văn phòng hoặc đã được tiếp nhận; không sửa được. / The submission is with the office or accepted and cannot be edited.");
        }

        var chosen = optionCount == 1 ? chosenOptionIndex ?? 0 : chosenOptionIndex;
        if (optionCount >= 2 && (chosen is null || string.IsNullOrWhiteSpace(choiceReason)))
        {
            throw new DomainException("submission.choiceRequired",
                "Có từ hai phương án trở lên: phải chọn một phương án và nêu lý do. / With two or more options, choose one and give the reason.");
        }

        if (chosen is { } c && (c < 0 || c >= optionCount))
        {
            throw new DomainException("submission.choiceOutOfRange", "Phương án được chọn không có trong danh sách. / The chosen option is not in the list.");
        }

        Title = title;
        ToUnitId = toUnitId;
        MatterCode = matterCode;
        LegalBasis = legalBasis;
        Competence = competence;
        SubmitterView = submitterView;
        Recommendation = recommendation;
        OptionsJson = optionsJson;
        ChosenOptionIndex = chosen;
        ChoiceReason = string.IsNullOrWhiteSpace(choiceReason) ? null : choiceReason.Trim();
        ConsultationId = consultationId;
        ConsultationSnapshotJson = consultationSnapshotJson;
        OwnCompetence = ownCompetence;
        OwnCompetenceEntryId = ownCompetence ? ownCompetenceEntryId : null;
    }

    /// <summary>Sends it to the superior's office; returns whether it is sent again after a return.</summary>
    public bool Submit(DateTime atUtc)
    {
        if (!IsWithSender)
        {
            throw new DomainException("submission.alreadySubmitted", "Tờ trình đã được gửi hoặc đã được tiếp nhận. / The submission was already sent or accepted.");
        }

        var again = Status == SubmissionStatus.Returned;
        Status = SubmissionStatus.Submitted;
        FirstSubmittedAtUtc ??= atUtc;
        return again;
    }

    /// <summary>The office returns it for completion; the clock stops while it is back with the sender (docs/domain.md §9).</summary>
    public void Return()
    {
        EnsureWithOffice();
        Status = SubmissionStatus.Returned;
        ReturnCount++;
    }

    /// <summary>The office accepts it to put before the leaders.</summary>
    public void Accept(DateTime atUtc)
    {
        EnsureWithOffice();
        Status = SubmissionStatus.Accepted;
        ClosedAtUtc = atUtc;
    }

    private void EnsureWithOffice()
    {
        if (Status != SubmissionStatus.Submitted)
        {
            throw new DomainException("submission.notWithOffice", "Tờ trình không ở Văn phòng (đã trả lại hoặc đã tiếp nhận). / The submission is not with the office.");
        }
    }
}

internal enum SubmissionStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}
