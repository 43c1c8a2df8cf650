using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Drafts.CreateDraft;

/// <summary>docs/api.md "Drafts": <c>{"unitId", …the draft's parts}</c>; the unit is where the caller handles work (HandleWork).</summary>
internal sealed record CreateDraftRequest(
    Guid? UnitId, string? Type, string? Subject, string? Body, IReadOnlyList<string>? Recipients, string? Signer, string? SignerPosition,
    string? SigningForm, string? SigningAuthority)
{
    public DraftContent Content => new(Type, Subject, Body, Recipients, Signer, SignerPosition, SigningForm, SigningAuthority);
}

/// <summary>Starts a draft in a unit where the caller handles work; the issuer is fixed then (<see cref="DraftHeadings"/>). Audited.</summary>
internal sealed class CreateDraftHandler(AppDbContext db, IAccessControl access, IUnitDirectory units, DraftHeadings headings, AuditLog audit,
    ICurrentUser user, TimeProvider clock)
{
    public async Task<DraftResponse> HandleAsync(CreateDraftRequest request, CancellationToken ct)
    {
        if (request.UnitId is not { } unitId)
        {
            throw RequestValidationException.For("unitId", "Đơn vị soạn thảo là bắt buộc. / unitId is required.");
        }

        var unit = await units.FindAsync(unitId, ct);
        if (unit is null || !await access.HasAsync(Permission.ViewWork, unitId, ct))
        {
            throw RequestValidationException.For("unitId", "Đơn vị soạn thảo không tồn tại hoặc không thuộc phạm vi của bạn. / Unknown unit.");
        }

        if (!await access.HasAsync(Permission.HandleWork, unitId, ct))
        {
            throw new ForbiddenException("Bạn không được soạn thảo văn bản cho đơn vị này. / You may not draft for this unit.");
        }

        var issuer = await headings.IssuerOfAsync(unit, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new Draft
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            IssuerUnitId = issuer.Id,
            CreatedByUserId = user.UserId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        request.Content.ApplyTo(draft);
        db.Drafts.Add(draft);
        audit.Record("draft", draft.Id, "created", new { draft.UnitId, draft.IssuerUnitId, draft.Type, draft.Subject });
        await db.SaveChangesAsync(ct);
        return DraftResponse.Of(draft);
    }
}
