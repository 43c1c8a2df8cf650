namespace KyCuong.Web.Modules.Tasks.DecideExtension;

internal sealed record DecideExtensionRequest(bool? Approve, string? Note);
