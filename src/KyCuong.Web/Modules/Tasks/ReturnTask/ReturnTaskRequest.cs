namespace KyCuong.Web.Modules.Tasks.ReturnTask;

/// <summary>CONTRACT: <c>{"reason","suggestedUnitId"?}</c> — the matter is outside the lead unit's competence (DOMAIN §9).</summary>
public sealed record ReturnTaskRequest(string? Reason, Guid? SuggestedUnitId);
