using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Drafts.SaveDraft;

/// <summary>docs/api.md "Drafts": the whole draft again with the <c>version</c> it was read at.</summary>
internal sealed record SaveDraftRequest(
    int? Version, string? Type, string? Subject, string? Body, IReadOnlyList<string>? Recipients, string? Signer, string? SignerPosition,
    string? SigningForm, string? SigningAuthority)
{
    public DraftContent Content => new(Type, Subject, Body, Recipients, Signer, SignerPosition, SigningForm, SigningAuthority);
}

/// <summary>
/// Saves a draft read at <c>version</c>: a save from an older reading is refused (409 <c>draft.staleVersion</c>) instead of silently
/// overwriting a colleague's edit; the version is also the row's concurrency token, so two saves at once cannot both win. Audited.
/// </summary>
internal sealed class SaveDraftHandler(AppDbContext db, DraftAccess drafts, AuditLog audit, TimeProvider clock)
{
    public const string StaleCode = "draft.staleVersion";

    public async Task<DraftResponse> HandleAsync(Guid id, SaveDraftRequest request, CancellationToken ct)
    {
        var draft = await drafts.LoadAsync(id, tracking: true, ct);
        await drafts.EnsureEditAsync(draft, ct);
        if (request.Version is not { } version)
        {
            throw RequestValidationException.For("version", "Cần phiên bản (version) của dự thảo đã đọc. / version is required.");
        }

        if (version != draft.Version)
        {
            throw Stale(draft.Version);
        }

        request.Content.ApplyTo(draft);
        db.Entry(draft).Property(d => d.Version).OriginalValue = version;
        draft.Version = version + 1;
        draft.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("draft", draft.Id, "saved", new { draft.Version, draft.Type, draft.Subject });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(null);
        }

        return DraftResponse.Of(draft);
    }

    private static DomainException Stale(int? current) => new(StaleCode,
        "Dự thảo đã được người khác lưu sau khi bạn mở; hãy tải lại để xem bản mới rồi sửa tiếp. / The draft was saved by someone else since you read it; reload it.",
        current is { } c ? new Dictionary<string, object?> { ["currentVersion"] = c } : null);
}
