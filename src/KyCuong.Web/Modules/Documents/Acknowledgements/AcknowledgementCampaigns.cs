using KyCuong.Web.Modules.Documents.Domain;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>Builds the campaign a direction asks for: the lead unit and every coordinating unit are the recipient units.</summary>
internal static class AcknowledgementCampaigns
{
    public static AcknowledgementCampaign For(Guid documentId, Guid leadUnitId, IEnumerable<Guid>? coordinatingUnitIds, Guid? byUserId, DateTime nowUtc) => new()
    {
        DocumentId = documentId, RequiredAtUtc = nowUtc, RequiredByUserId = byUserId,
        Units = [.. new[] { leadUnitId }.Concat(coordinatingUnitIds ?? []).Distinct().Select(u => new AcknowledgementUnit { DocumentId = documentId, UnitId = u })],
    };
}
