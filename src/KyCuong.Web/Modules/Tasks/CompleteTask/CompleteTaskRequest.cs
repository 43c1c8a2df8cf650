namespace KyCuong.Web.Modules.Tasks.CompleteTask;

/// <summary>docs/api.md: <c>{"result"}</c>; extension: the result document (e.g. the report sent).</summary>
internal sealed record CompleteTaskRequest(string? Result, Guid? ResultDocumentId = null, Guid? OutputDocumentId = null)
{
    /// <summary>The document that carries the result; docs/api.md names it <c>outputDocumentId</c>, earlier clients <c>resultDocumentId</c>.</summary>
    public Guid? DocumentId => ResultDocumentId ?? OutputDocumentId;
}
