namespace KyCuong.Web.Modules.Tasks.ReopenTask;

internal sealed record ReopenTaskRequest(string? Reason);
