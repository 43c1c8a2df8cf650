namespace KyCuong.Web.Modules.Tasks.ReturnTask;

/// <summary>
/// docs/api.md: <c>{"reason","suggestedUnitId"?}</c> — the matter is outside the lead unit's competence (docs/domain.md §9). Extended with
/// <c>catalogueEntryId</c>: the competence catalogue entry the return cites ("citing the competence catalogue").
/// </summary>
internal sealed record ReturnTaskRequest(string? Reason, Guid? SuggestedUnitId, Guid? CatalogueEntryId = null);
