using KyCuong.Documents.Formatting;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Drafts.IssueDraft;

/// <summary>docs/api.md "Drafts": optionally the <c>version</c> the leader read, so a draft changed since is not issued unseen.</summary>
internal sealed record IssueDraftRequest(int? Version);

/// <summary>
/// Issues a draft (docs/domain.md "Drafts"): only a leader of the drafting unit or a delegate (SignDocuments), only a draft the format
/// check finds no error in; the issuer's outgoing register gives the next number (NĐ 30/2020 art. 15, the counter the register uses),
/// the day of issue is today in Vietnam, the outgoing document is recorded, and the draft becomes read-only — all in one transaction
/// with its audit rows. Two issues of one draft at once: one wins, the other is 409 <c>draft.alreadyIssued</c> and takes no number.
/// </summary>
internal sealed class IssueDraftHandler(AppDbContext db, DraftAccess drafts, DraftRenderer renderer, DraftHeadings headings, IOutgoingIssuer issuer,
    AuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public const string AlreadyIssued = "draft.alreadyIssued";
    public const string FormatErrors = "draft.formatErrors";

    public async Task<DraftResponse> HandleAsync(Guid id, IssueDraftRequest? request, CancellationToken ct)
    {
        var draft = await drafts.LoadAsync(id, tracking: true, ct);
        if (draft.IsIssued)
        {
            throw Issued(draft);
        }

        if (!await drafts.CanIssueAsync(draft, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo đơn vị soạn thảo (hoặc người được ủy quyền) mới ban hành được văn bản. / Only a leader of the drafting unit or a delegate may issue.");
        }

        if (request?.Version is { } version && version != draft.Version)
        {
            throw new DomainException(SaveDraft.SaveDraftHandler.StaleCode, "Dự thảo đã được sửa sau khi bạn mở; hãy xem lại bản mới trước khi ban hành. / The draft changed since you read it.");
        }

        var errors = (await renderer.CheckAsync(draft, ct)).Where(f => f.Severity == FormatFinding.Error).ToList();
        if (errors.Count > 0)
        {
            throw new DomainException(FormatErrors,
                "Dự thảo còn lỗi thể thức, chưa ban hành được: " + string.Join(" ", errors.Select(e => e.Message)) + " / The draft has format errors.",
                new Dictionary<string, object?> { ["findings"] = errors });
        }

        var type = DraftTypes.Find(draft.Type)!;
        var heading = await headings.ForAsync(draft.UnitId, draft.IssuerUnitId, ct);
        var issue = new OutgoingIssue(draft.IssuerUnitId, DraftLayout.Symbol(type, heading), type.Name, draft.Subject, clock.Today(), heading.Place,
            draft.Signer, string.Join(" / ", DraftLayout.SigningLinesOf(draft)), draft.RecipientList);
        try
        {
            await issuer.IssueAsync(issue, (issued, _) =>
            {
                db.Entry(draft).Property(d => d.Version).OriginalValue = draft.Version;
                draft.Issue(issued.Number, issued.NumberSymbol, issued.Date, issued.DocumentId, user.UserId, clock.GetUtcNow().UtcDateTime);
                audit.Record("draft", draft.Id, "issued", new { issued.NumberSymbol, issued.Date, issued.DocumentId, draft.IssuerUnitId });
                return Task.CompletedTask;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Drafts.AsNoTracking().FirstAsync(d => d.Id == id, ct);
            throw current.IsIssued ? Issued(current)
                : new DomainException(SaveDraft.SaveDraftHandler.StaleCode, "Dự thảo vừa được sửa; hãy xem lại trước khi ban hành. / The draft changed meanwhile.");
        }

        return DraftResponse.Of(draft);
    }

    private static DomainException Issued(Draft d) => new(AlreadyIssued, $"Văn bản đã được ban hành, số {d.NumberSymbol}. / The draft is already issued.");
}
