using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks.CompleteTask;

/// <summary>docs/api.md: <c>200 {"status"}</c>.</summary>
internal sealed record TaskStatusResponse(TaskStatusLabel Status, string State, DateOnly? DueDate, DateOnly? CompletedOn);
