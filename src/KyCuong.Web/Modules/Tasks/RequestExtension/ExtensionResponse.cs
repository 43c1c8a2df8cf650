namespace KyCuong.Web.Modules.Tasks.RequestExtension;

internal sealed record ExtensionResponse(Guid Id, Guid TaskId, string State, DateOnly PreviousDueDate, DateOnly RequestedDueDate, DateOnly? TaskDueDate, int ExtensionCount);
