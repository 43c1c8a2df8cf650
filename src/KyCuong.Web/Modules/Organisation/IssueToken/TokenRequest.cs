namespace KyCuong.Web.Modules.Organisation.IssueToken;

internal sealed record TokenRequest(string? UserName, string? Password);

internal sealed record TokenResponse(string AccessToken, int ExpiresIn);
