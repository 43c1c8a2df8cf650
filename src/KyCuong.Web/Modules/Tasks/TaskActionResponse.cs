using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>What a lifecycle action answers: the task's status and state afterwards.</summary>
internal sealed record TaskActionResponse(Guid Id, TaskStatusLabel Status, string State, DateOnly? DueDate, int Version);
