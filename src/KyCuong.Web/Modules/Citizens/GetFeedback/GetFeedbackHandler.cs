using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.GetFeedback;

internal sealed record SubmitterDetails(string? Name, string? Phone, string? Email, DateTime? ErasedAt);

internal sealed record DuplicateHintDto(Guid Id, string TrackingCode, string Subject, string Status, double Similarity, bool SameSubject);

internal sealed record FeedbackDetails(Guid Id, string TrackingCode, string Kind, string Subject, string Content, string Status, Guid BodyUnitId,
    string? ProcedureCode, DateOnly ReceivedOn, DateOnly DecisionDueDate, Guid? HandlingUnitId, Guid? TaskId, DateOnly? TaskDueDate, string? Answer,
    DateOnly? PublishDueDate, DateTime? PublishedAt, string? Notice, string? ForwardedTo, int? Rating, SubmitterDetails Submitter,
    IReadOnlyList<DuplicateHintDto> Duplicates, bool CanDecide, bool CanAnswer, string? PublicSubject, string? PublicAnswer,
    IReadOnlyList<PersonalDataScan.Finding> PublishFindings);

/// <summary>
/// One item with its sender (only inside the caller's scope), the duplicate hints among the body's earlier items, and while the
/// answer awaits publication the personal data the check before publication finds in the subject and the answer.
/// </summary>
internal sealed class GetFeedbackHandler(AppDbContext db, FeedbackAccess access, ITaskDeadlines tasks, IOptions<CitizensOptions> options)
{
    public async Task<FeedbackDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var f = await access.LoadAsync(id, ct);
        var o = options.Value;
        var earlier = await db.FeedbackItems.AsNoTracking()
            .Where(x => x.BodyUnitId == f.BodyUnitId && x.Id != f.Id && x.CreatedAtUtc <= f.CreatedAtUtc)
            .OrderByDescending(x => x.CreatedAtUtc).Take(o.DuplicateWindow)
            .Select(x => new { x.Id, x.TrackingCode, x.Subject, x.Content, x.Status }).ToListAsync(ct);
        var hints = DuplicateHints.Find(f.Subject, f.Content, earlier.Select(x => new DuplicateHints.Candidate(x.Id, x.Subject, x.Content)), o.DuplicateSimilarity);
        var byId = earlier.ToDictionary(x => x.Id);
        var task = f.TaskId is { } t ? await tasks.FindAsync(t, ct) : null;
        var canDecide = await access.CanReceiveAsync(f, ct);
        var canAnswer = canDecide;
        try
        {
            await access.EnsureAnsweringAsync(f, ct);
            canAnswer = true;
        }
        catch (ForbiddenException)
        {
            canAnswer = false;
        }

        return new FeedbackDetails(f.Id, f.TrackingCode, f.Kind, f.Subject, f.Content, f.Status, f.BodyUnitId, f.ProcedureCode, f.ReceivedOn, f.DecisionDueDate,
            f.HandlingUnitId, f.TaskId, task?.DueDate, f.Answer, f.PublishDueDate, f.PublishedAtUtc, f.Notice, f.ForwardedTo, f.Rating,
            new SubmitterDetails(f.SubmitterName, f.SubmitterPhone, f.SubmitterEmail, f.PersonalDataErasedAtUtc),
            hints.Select(h => new DuplicateHintDto(h.Id, byId[h.Id].TrackingCode, byId[h.Id].Subject, byId[h.Id].Status, h.Similarity, h.SameSubject)).ToList(),
            canDecide, canAnswer, f.PublicSubject, f.PublicAnswer,
            // What the check before publication would find now, so the office sees it beside the publish button.
            f.IsAwaitingPublication ? f.PersonalDataInPublication() : []);
    }
}
