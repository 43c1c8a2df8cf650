using KyCuong.Web.Modules.Citizens.SubmitFeedback;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Citizens.PublishAnswer;

/// <summary>
/// Optional redacted versions the public sees instead of the sender's subject and the recorded answer (docs/api.md "Citizens");
/// both stay unchanged inside.
/// </summary>
internal sealed record PublishAnswerRequest(string? Subject, string? Answer);

/// <summary>
/// The receiving office publishes the answer: the public status becomes <c>answered</c> and the answer appears in the published list
/// under the item's subject. Nothing is published while either still holds the sender's personal data (NĐ 13/2023/NĐ-CP; the
/// aggregate checks, 422 <c>feedback.answerHoldsPersonalData</c> with the findings); the office then gives redacted versions,
/// and the audit row says which part was redacted (never the text).
/// </summary>
internal sealed class PublishAnswerHandler(AppDbContext db, FeedbackAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<FeedbackActionResponse> HandleAsync(Guid id, PublishAnswerRequest? r, CancellationToken ct)
    {
        new Validator()
            .Check(r?.Subject is null || !string.IsNullOrWhiteSpace(r.Subject), "subject", "Tiêu đề công khai không được để trống. / subject must not be blank when given.")
            .MaxLength(r?.Subject, "subject", "Tiêu đề công khai", 500)
            .Check(r?.Answer is null || !string.IsNullOrWhiteSpace(r.Answer), "answer", "Câu trả lời công khai không được để trống. / answer must not be blank when given.")
            .MaxLength(r?.Answer, "answer", "Câu trả lời công khai", 8000)
            .ThrowIfInvalid();
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);

        // A "redacted" text equal to the original is no redaction.
        var subject = SubmitFeedbackHandler.Clean(r?.Subject) is { } s && !Same(s, item.Subject) ? s : null;
        var answer = SubmitFeedbackHandler.Clean(r?.Answer) is { } a && !Same(a, item.Answer) ? a : null;
        item.Publish(clock.GetUtcNow().UtcDateTime, subject, answer);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Published, new { subjectRedacted = subject is not null, answerRedacted = answer is not null });
        await db.SaveChangesAsync(ct);
        return new FeedbackActionResponse(item.Id, item.Status, item.TaskId);
    }

    /// <summary>Equal but for line endings (a browser's form sends CRLF).</summary>
    private static bool Same(string a, string? b) =>
        b is not null && string.Equals(a.ReplaceLineEndings("\n"), b.ReplaceLineEndings("\n"), StringComparison.Ordinal);
}
