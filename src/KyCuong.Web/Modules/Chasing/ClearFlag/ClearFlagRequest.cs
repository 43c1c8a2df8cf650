namespace KyCuong.Web.Modules.Chasing.ClearFlag;

/// <summary><c>{"reason"}</c> — required.</summary>
internal sealed record ClearFlagRequest(string? Reason);
