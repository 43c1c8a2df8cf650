using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Tasks.CreateTask;

/// <summary>
/// docs/api.md: <c>{"title","description"?,"sourceDocumentId"?,"clauseRef"?,"leadUnitId","leadUserId"?,"coordinatingUnitIds":[],
/// "dueDate"? | "workingDays"?}</c>; extensions: <c>parentTaskId</c>, <c>assignerUnitId</c>, <c>recurringReport</c>.
/// </summary>
internal sealed record CreateTaskRequest(
    [property: SingleLine] string? Title,
    string? Description,
    Guid? SourceDocumentId,
    string? ClauseRef,
    Guid? LeadUnitId,
    Guid? LeadUserId,
    IReadOnlyList<Guid>? CoordinatingUnitIds,
    [property: Deadline] DateOnly? DueDate,
    int? WorkingDays,
    Guid? ParentTaskId = null,
    Guid? AssignerUnitId = null,
    string? RecurringReport = null);
