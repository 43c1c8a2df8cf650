namespace KyCuong.Web.Modules.Drafts.GetDraft;

/// <summary>One draft the caller may see (404 otherwise).</summary>
internal sealed class GetDraftHandler(DraftAccess drafts)
{
    public async Task<DraftResponse> HandleAsync(Guid id, CancellationToken ct) => DraftResponse.Of(await drafts.LoadAsync(id, tracking: false, ct));
}
