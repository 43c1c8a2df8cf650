namespace KyCuong.Web.Modules.Tasks.CompleteTask;

/// <summary>docs/api.md: <c>{"result"}</c>; extension: the result document (e.g. the report sent).</summary>
public sealed record CompleteTaskRequest(string? Result, Guid? ResultDocumentId = null);
