namespace KyCuong.Web.Modules.Citizens.Domain;

/// <summary>
/// A reflection or recommendation (phản ánh, kiến nghị) of a person or organisation about an administrative regulation or
/// the way a body served them (Nghị định 20/2008/NĐ-CP as amended; docs/domain.md "Citizens"). The sender's personal data
/// (name, phone, e-mail) is kept only for answering and is erased on request or when the retention period ends
/// (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025).
/// </summary>
internal sealed class FeedbackItem
{
    private FeedbackItem()
    {
    }

    public FeedbackItem(Guid id, string trackingCode, string kind, string subject, string content, string submitterName, string? submitterPhone,
        string? submitterEmail, Guid bodyUnitId, string? procedureCode, DateOnly receivedOn, DateTime createdAtUtc, DateOnly decisionDueDate)
    {
        Id = id;
        TrackingCode = trackingCode;
        Kind = kind;
        Subject = subject;
        Content = content;
        SubmitterName = submitterName;
        SubmitterPhone = submitterPhone;
        SubmitterEmail = submitterEmail;
        BodyUnitId = bodyUnitId;
        ProcedureCode = procedureCode;
        ReceivedOn = receivedOn;
        CreatedAtUtc = createdAtUtc;
        DecisionDueDate = decisionDueDate;
        Status = FeedbackStatus.Received;
    }

    public Guid Id { get; private set; }

    /// <summary>Random, from a CSPRNG (<see cref="TrackingCodes"/>); the only key the public uses.</summary>
    public string TrackingCode { get; private set; } = "";

    /// <summary><c>reflection</c> or <c>recommendation</c>; the receiving office may reclassify it (also <c>complaint</c>, <c>denunciation</c>).</summary>
    public string Kind { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Content { get; private set; } = "";

    public string? SubmitterName { get; private set; }

    public string? SubmitterPhone { get; private set; }

    public string? SubmitterEmail { get; private set; }

    /// <summary>The body concerned, whose receiving office decides (ADR 0003: the office acts for its body).</summary>
    public Guid BodyUnitId { get; private set; }

    public string? ProcedureCode { get; private set; }

    public string Status { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>By when the body decides to handle, refuse or forward (Citizens:DecisionWorkingDays).</summary>
    public DateOnly DecisionDueDate { get; private set; }

    public Guid? HandlingUnitId { get; private set; }

    /// <summary>The task the competent unit handles it as; its due date belongs to the Tasks module.</summary>
    public Guid? TaskId { get; private set; }

    public DateTime? RoutedAtUtc { get; private set; }

    public string? Answer { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>By when an answer given must be published (Citizens:PublishWorkingDays).</summary>
    public DateOnly? PublishDueDate { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>The subject as the public sees it: the sender's, or the office's redacted version when it held personal data.</summary>
    public string? PublicSubject { get; private set; }

    /// <summary>The answer as the public sees it: the recorded one, or the office's redacted version.</summary>
    public string? PublicAnswer { get; private set; }

    /// <summary>The reason of a refusal, or the notice to the sender when forwarded or reclassified; shown publicly.</summary>
    public string? Notice { get; private set; }

    public string? ForwardedTo { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public int? Rating { get; private set; }

    public DateTime? RatedAtUtc { get; private set; }

    public DateTime? PersonalDataErasedAtUtc { get; private set; }

    public bool IsOpenForDecision => Status == FeedbackStatus.Received;

    public void Route(Guid unitId, Guid taskId, string? kind, DateTime now)
    {
        Require(IsOpenForDecision, "feedback.notReceived", "Phản ánh, kiến nghị đã được xử lý bước tiếp nhận. / The item was already routed, refused or forwarded.");
        HandlingUnitId = unitId;
        TaskId = taskId;
        RoutedAtUtc = now;
        Kind = kind ?? Kind;
        Status = FeedbackStatus.InProgress;
    }

    /// <summary>
    /// Refuses with its reason, which anyone holding the tracking code reads: published text like an answer, so a reason that holds
    /// personal data (the sender's or anyone's) is refused the same way (Nghị định 13/2023/NĐ-CP art. 11; 422, nothing changes).
    /// </summary>
    public void Refuse(string reason, string? kind, DateTime now)
    {
        Require(IsOpenForDecision, "feedback.notReceived", "Phản ánh, kiến nghị đã được xử lý bước tiếp nhận. / The item was already routed, refused or forwarded.");
        RefuseIfPersonalData(PersonalDataScan.Find("reason", reason, SenderOnRecord));
        Notice = reason;
        Kind = kind ?? Kind;
        Status = FeedbackStatus.Refused;
        ClosedAtUtc = now;
    }

    /// <summary>
    /// Forwards with a notice to the sender. The notice and the receiving body's name are shown publicly by tracking code, so they
    /// are checked like a published answer (Nghị định 13/2023/NĐ-CP art. 11; 422, nothing changes). <paramref name="noticeWritten"/>
    /// is the office's own notice, checked as written (the notice composed from the body's name is checked through that name).
    /// </summary>
    public void Forward(string toBody, string notice, DateTime now, bool noticeWritten = true)
    {
        Require(IsOpenForDecision, "feedback.notReceived", "Phản ánh, kiến nghị đã được xử lý bước tiếp nhận. / The item was already routed, refused or forwarded.");
        RefuseIfPersonalData(PersonalDataInForwarding(toBody, noticeWritten ? notice : null));
        ForwardedTo = toBody;
        Notice = notice;
        Status = FeedbackStatus.Forwarded;
        ClosedAtUtc = now;
    }

    public void RecordAnswer(string answer, DateTime now, DateOnly publishDue)
    {
        Require(Status == FeedbackStatus.InProgress && PublishedAtUtc is null, "feedback.notInProgress",
            "Chỉ trả lời phản ánh, kiến nghị đang xử lý và chưa công khai. / Only an item in progress and not yet published can be answered.");
        Answer = answer;
        AnsweredAtUtc = now;
        PublishDueDate = publishDue;
    }

    public bool IsAwaitingPublication => Status == FeedbackStatus.InProgress && Answer is not null;

    /// <summary>
    /// The sender's personal data found in what would be published (docs/domain.md "Citizens", "No personal data in a published
    /// answer"): the subject and the answer, or the redacted versions given in their place.
    /// </summary>
    public IReadOnlyList<PersonalDataScan.Finding> PersonalDataInPublication(string? publicSubject = null, string? publicAnswer = null)
    {
        return [.. PersonalDataScan.Find("subject", publicSubject ?? Subject, SenderOnRecord), .. PersonalDataScan.Find("answer", publicAnswer ?? Answer ?? "", SenderOnRecord)];
    }

    private PersonalDataScan.Sender SenderOnRecord => new(SubmitterName, SubmitterPhone, SubmitterEmail);

    /// <summary>The personal data in a forwarding's public text: the receiving body's name as typed and the office's notice.</summary>
    public IReadOnlyList<PersonalDataScan.Finding> PersonalDataInForwarding(string toBody, string? notice) =>
        [.. PersonalDataScan.Find("toBody", toBody, SenderOnRecord), .. PersonalDataScan.Find("notice", notice ?? "", SenderOnRecord)];

    private static void RefuseIfPersonalData(IReadOnlyList<PersonalDataScan.Finding> findings)
    {
        if (findings.Count > 0)
        {
            throw PersonalDataFound(findings);
        }
    }

    /// <summary>
    /// Publishes the answer under the subject, or under the redacted versions the office gives. NĐ 13/2023/NĐ-CP art. 11 and Luật
    /// Bảo vệ dữ liệu cá nhân 2025: the sender's data is not disclosed without consent, so a text that still holds any is refused
    /// (422 <c>feedback.answerHoldsPersonalData</c>, nothing changes).
    /// </summary>
    public void Publish(DateTime now, string? publicSubject = null, string? publicAnswer = null)
    {
        Require(IsAwaitingPublication, "feedback.noAnswer", "Chưa có câu trả lời để công khai. / There is no answer to publish yet.");
        RefuseIfPersonalData(PersonalDataInPublication(publicSubject, publicAnswer));

        PublicSubject = publicSubject ?? Subject;
        PublicAnswer = publicAnswer ?? Answer;
        PublishedAtUtc = now;
        Status = FeedbackStatus.Answered;
        ClosedAtUtc = now;
    }

    public void Rate(int stars, DateTime now)
    {
        Require(Status == FeedbackStatus.Answered, "feedback.notAnswered", "Chỉ đánh giá được câu trả lời đã công khai. / Only a published answer can be rated.");
        Rating = stars;
        RatedAtUtc = now;
    }

    /// <summary>Nghị định 13/2023/NĐ-CP art. 16 (deletion): the sender's identity goes; the matter and its handling stay.</summary>
    public void ErasePersonalData(DateTime now)
    {
        SubmitterName = null;
        SubmitterPhone = null;
        SubmitterEmail = null;
        PersonalDataErasedAtUtc ??= now;
    }

    /// <summary>The refusal of a text the public would see (a publication, a refusal's reason, a forwarding's notice): <c>errors</c> per field in words, and <c>findings</c> (field, kind, masked excerpt, index).</summary>
    internal static RequestValidationException PersonalDataFound(IReadOnlyList<PersonalDataScan.Finding> findings)
    {
        var errors = findings.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(Describe).ToArray(), StringComparer.Ordinal);
        return new RequestValidationException(errors, 422, "feedback.answerHoldsPersonalData", new Dictionary<string, object?> { ["findings"] = findings });
    }

    /// <summary>"Câu trả lời có số điện thoại “09** *** *21”; …" in Vietnamese, then in English.</summary>
    public static string Describe(PersonalDataScan.Finding f)
    {
        var en = f.Kind switch
        {
            PersonalDataScan.Name => "the sender's name",
            PersonalDataScan.Phone => "a phone number",
            PersonalDataScan.Email => "an e-mail address",
            PersonalDataScan.CitizenId => "an identity number",
            _ => "personal data",
        };
        return f.Field is "subject" or "answer"
            ? $"{PersonalDataScan.FieldLabel(f.Field)} có {PersonalDataScan.KindLabel(f.Kind)} “{f.Excerpt}”; hãy xóa hoặc công khai bản đã lược bỏ. / "
                + $"The {f.Field} holds {en} ({f.Excerpt}); remove it or publish a redacted version."
            : $"{PersonalDataScan.FieldLabel(f.Field)} có {PersonalDataScan.KindLabel(f.Kind)} “{f.Excerpt}”; hãy xóa hoặc viết lại không nêu dữ liệu cá nhân. / "
                + $"The {f.Field} holds {en} ({f.Excerpt}), shown publicly by tracking code; remove it or rewrite the text without it.";
    }

    private static void Require(bool ok, string code, string message)
    {
        if (!ok)
        {
            throw new DomainException(code, message);
        }
    }
}

/// <summary>The public statuses (docs/api.md, "Citizens").</summary>
internal static class FeedbackStatus
{
    public const string Received = "received";
    public const string InProgress = "inProgress";
    public const string Answered = "answered";
    public const string Forwarded = "forwarded";
    public const string Refused = "refused";
}

/// <summary>What a sender may file here, and what the receiving office may reclassify it as (docs/domain.md "Citizens").</summary>
internal static class FeedbackKinds
{
    public const string Reflection = "reflection";
    public const string Recommendation = "recommendation";

    /// <summary>Khiếu nại: Luật Khiếu nại 2011, another legal track; only as a reclassification with guidance.</summary>
    public const string Complaint = "complaint";

    /// <summary>Tố cáo: Luật Tố cáo 2018, another legal track; only as a reclassification with guidance.</summary>
    public const string Denunciation = "denunciation";

    public static readonly IReadOnlySet<string> Submittable = new HashSet<string> { Reflection, Recommendation };

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Reflection, Recommendation, Complaint, Denunciation };
}
