using KyCuong.Web.Platform.Uploads;

namespace KyCuong.Web.Modules.Tasks.CompleteTask;

/// <summary>
/// docs/api.md: <c>{"result","outputDocumentId"?,"attachments"?}</c>: the result, the outgoing document that carries it, and
/// files (name, content type, content as base64) such as the report or minutes.
/// </summary>
internal sealed record CompleteTaskRequest(string? Result, Guid? ResultDocumentId = null, Guid? OutputDocumentId = null,
    IReadOnlyList<AttachmentInput>? Attachments = null)
{
    /// <summary>At most this many files with one completion.</summary>
    public const int MaxAttachments = 10;

    /// <summary>The largest file attached to a completion.</summary>
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>The document that carries the result; docs/api.md names it <c>outputDocumentId</c>, earlier clients <c>resultDocumentId</c>.</summary>
    public Guid? DocumentId => ResultDocumentId ?? OutputDocumentId;
}
