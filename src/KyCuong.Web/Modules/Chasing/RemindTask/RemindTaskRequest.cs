namespace KyCuong.Web.Modules.Chasing.RemindTask;

/// <summary>docs/api.md: <c>{"note"}</c> (optional, up to 2000 characters).</summary>
internal sealed record RemindTaskRequest(string? Note);
