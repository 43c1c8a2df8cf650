using KyCuong.Documents.Formatting;

namespace KyCuong.Web.Modules.Drafts.CheckDraft;

/// <summary>The findings of the NĐ 30 format check on the draft as it prints (the shape of POST /api/v1/documents/check-format).</summary>
internal sealed record CheckDraftResponse(IReadOnlyList<FormatFinding> Findings);

/// <summary>Checks a draft the caller may see; nothing is stored.</summary>
internal sealed class CheckDraftHandler(DraftAccess drafts, DraftRenderer renderer)
{
    public async Task<CheckDraftResponse> HandleAsync(Guid id, CancellationToken ct) =>
        new(await renderer.CheckAsync(await drafts.LoadAsync(id, tracking: false, ct), ct));
}
