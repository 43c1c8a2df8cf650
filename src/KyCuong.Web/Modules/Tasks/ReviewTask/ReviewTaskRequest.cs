namespace KyCuong.Web.Modules.Tasks.ReviewTask;

/// <summary>docs/api.md: <c>{"quality":"met"|"notMet","majorError":bool,"note","reopen":bool}</c>.</summary>
internal sealed record ReviewTaskRequest(string? Quality, bool? MajorError, string? Note, bool? Reopen);
