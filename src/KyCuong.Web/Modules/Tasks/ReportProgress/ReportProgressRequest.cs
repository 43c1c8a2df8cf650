namespace KyCuong.Web.Modules.Tasks.ReportProgress;

internal sealed record ReportProgressRequest(string? Note, int? Percent);
