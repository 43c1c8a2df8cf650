namespace KyCuong.Web.Modules.Tasks.DecideExtension;

public sealed record DecideExtensionRequest(bool? Approve, string? Note);
