using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Drafts;

/// <summary>docs/api.md "Drafts": a draft with its state; <c>number</c>, <c>numberSymbol</c>, <c>issuedOn</c> and <c>documentId</c> once issued.</summary>
internal sealed record DraftResponse(
    Guid Id, Guid UnitId, Guid IssuerUnitId, string Type, string Subject, string Body, IReadOnlyList<string> Recipients, string? Signer,
    string? SignerPosition, string SigningForm, string? SigningAuthority, string Status, int Version, int? Number, string? NumberSymbol,
    DateOnly? IssuedOn, Guid? DocumentId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DraftResponse Of(Draft d) => new(d.Id, d.UnitId, d.IssuerUnitId, d.Type, d.Subject, d.Body, d.RecipientList, d.Signer,
        d.SignerPosition, d.SigningForm, d.SigningAuthority, d.Status, d.Version, d.Number, d.NumberSymbol, d.IssuedOn, d.DocumentId,
        VietnamTime.ToVietnam(d.CreatedAtUtc), VietnamTime.ToVietnam(d.UpdatedAtUtc));
}
