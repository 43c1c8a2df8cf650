namespace KyCuong.Web.Modules.Chasing.ClearFlag;

/// <summary><c>{"reason"}</c> — required.</summary>
public sealed record ClearFlagRequest(string? Reason);
