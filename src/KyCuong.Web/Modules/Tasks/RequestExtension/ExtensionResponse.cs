namespace KyCuong.Web.Modules.Tasks.RequestExtension;

public sealed record ExtensionResponse(Guid Id, Guid TaskId, string State, DateOnly PreviousDueDate, DateOnly RequestedDueDate, DateOnly? TaskDueDate, int ExtensionCount);
