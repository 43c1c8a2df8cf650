using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks.ListTasks;

internal sealed record TaskListItem(Guid Id, string Title, Guid LeadUnitId, string LeadUnitName, string? LeadUserName, string? CurrentHolderName,
    DateOnly ReceivedOn, DateOnly? DueDate, DateOnly? CompletedOn, TaskStatusLabel Status, string StatusLabel, string State, int? ProgressPercent,
    int ExtensionCount, int ReturnCount, int RerouteCount, bool Bounced, string? ClauseRef, Guid? ParentTaskId);

internal sealed record TaskPage(IReadOnlyList<TaskListItem> Items, int Page, int PageSize, int Total);
