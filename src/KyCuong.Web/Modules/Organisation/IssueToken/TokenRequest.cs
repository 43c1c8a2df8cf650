namespace KyCuong.Web.Modules.Organisation.IssueToken;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, int ExpiresIn);
