namespace KyCuong.Web.Modules.Tasks.ReportProgress;

public sealed record ReportProgressRequest(string? Note, int? Percent);
