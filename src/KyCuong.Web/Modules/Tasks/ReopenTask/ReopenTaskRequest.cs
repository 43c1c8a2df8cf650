namespace KyCuong.Web.Modules.Tasks.ReopenTask;

public sealed record ReopenTaskRequest(string? Reason);
